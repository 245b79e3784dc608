package org.trasloco.app.cli.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;

/** The people marked "invite" in the people step get invitations and invite cards. */
class InvitesFromWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void invitesThePeopleMarkedInviteInTheWorkspace() throws Exception {
        Path workspace = dir.resolve("move.trasloco");
        importFamily(workspace);
        CliRun people = CliRun.of("people", "--workspace", workspace.toString(), "--me", "Jess",
                "--set", "Nonna Rosa=invite", "--set", "Zio Piero=skip", "--lang", "en");
        assertEquals(ExitCodes.OK, people.exit(), people.err());

        CliRun invites = CliRun.of("invites", "--workspace", workspace.toString(), "--address", "jess@example.org",
                "--lang", "en");
        assertEquals(ExitCodes.OK, invites.exit(), invites.err());
        assertTrue(invites.out().contains("Nonna Rosa"), invites.out());
        assertFalse(invites.out().contains("Zio Piero"), "skipped people get no invitation");

        Path kit = dir.resolve("kit.pdf");
        CliRun printed = CliRun.of("kit", "--address", "jess@example.org", "--workspace", workspace.toString(),
                "-o", kit.toString(), "--lang", "en");
        assertEquals(ExitCodes.OK, printed.exit(), printed.err());
        try (PDDocument pdf = Loader.loadPDF(kit.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Nonna Rosa"), "an invite card for her");
        }
    }

    @Test
    void theCardsNameTheFamilyGroupChatOnceTheGroupWentIntoOne() throws Exception {
        Path workspace = dir.resolve("move.trasloco");
        importFamily(workspace);
        assertEquals(ExitCodes.OK, CliRun.of("people", "--workspace", workspace.toString(), "--me", "Jess",
                "--set", "Nonna Rosa=invite", "--set", "Zio Piero=invite", "--lang", "en").exit());
        Path before = dir.resolve("before.pdf");
        assertEquals(ExitCodes.OK, CliRun.of("kit", "--address", "jess@example.org", "--workspace", workspace.toString(),
                "-o", before.toString(), "--lang", "en").exit());
        assertFalse(text(before).contains("You will also be in"), "no group chat yet");

        // The groups step put the family group into a group chat on Jess's server.
        XmppAddress jess = XmppAddress.parse("jess@example.org");
        try (Workspace opened = Workspace.open(workspace)) {
            MoveChoices choices = MoveChoices.of(opened);
            choices.groups(jess, GroupsChoice.ROOMS);
            choices.groupRoom(jess, MoveChoices.keyOf(opened.conversations().get(0)), "family@groups.example.org");
        }
        Path kit = dir.resolve("kit.pdf");
        CliRun printed = CliRun.of("kit", "--address", "jess@example.org", "--workspace", workspace.toString(),
                "-o", kit.toString(), "--lang", "it");
        assertEquals(ExitCodes.OK, printed.exit(), printed.err());
        String text = text(kit);
        assertEquals(3, text.split("Sarai anche nella chat di gruppo «Family»", -1).length, "on both cards: " + text);
        assertTrue(text.contains("xmpp:family@groups.example.org?join"), text);
    }

    /** Imports Jess's family group: Jess, Nonna Rosa and Zio Piero. */
    private void importFamily(Path workspace) throws Exception {
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), """
                14/02/2024, 09:12 - Jess: Ciao
                14/02/2024, 09:13 - Nonna Rosa: Ciao Jess
                14/02/2024, 09:14 - Zio Piero: Buongiorno
                """);
        assertEquals(ExitCodes.OK, CliRun.of("import", chat.toString(), "--workspace", workspace.toString()).exit());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void saysWhoToInviteWhenNoSourceIsGivenAndWhenTheWorkspaceIsMissing() {
        CliRun none = CliRun.of("invites", "--address", "jess@example.org", "--lang", "en");
        assertEquals(ExitCodes.USAGE, none.exit());
        assertTrue(none.err().contains("--workspace"), none.err());
        CliRun missing = CliRun.of("invites", "--workspace", dir.resolve("nope.trasloco").toString(),
                "--address", "jess@example.org", "--lang", "en");
        assertEquals(ExitCodes.USAGE, missing.exit());
        assertFalse(Files.exists(dir.resolve("nope.trasloco")), "never creates a workspace");
    }
}
