package org.trasloco.app.cli.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.invitation.InvitationUri;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.registration.AccountCreator;
import org.trasloco.xmpp.registration.AccountRequest;
import org.trasloco.xmpp.registration.RegistrationAnswers;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** {@code trasloco invites --server-invites}: the server's invitations in the texts and on the kit's cards. */
class ServerInvitesCommandIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyConfig.defaults().withRegistration(ProsodyConfig.Registration.INVITE_ONLY));

    @TempDir
    Path dir;

    @Test
    void theServerInvitesNonnaAndHerAddressIsKnownOnceSheSignsUp(TestProsody prosody) throws Exception {
        String jess = TestAccounts.uniqueName("jess");
        prosody.registerUser(jess, "jess's password");
        Path workspace = dir.resolve("move.trasloco");
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), """
                14/02/2024, 09:12 - Jess: Ciao
                14/02/2024, 09:13 - Nonna Rosa: Ciao Jess
                """);
        assertEquals(ExitCodes.OK, CliRun.of("import", chat.toString(), "--workspace", workspace.toString()).exit());
        assertEquals(ExitCodes.OK, CliRun.of("people", "--workspace", workspace.toString(), "--me", "Jess",
                "--set", "Nonna Rosa=invite").exit());

        CliRun invites = invites(prosody, workspace, jess);
        assertEquals(ExitCodes.OK, invites.exit(), invites.err());
        assertTrue(invites.out().startsWith("localhost made 1 new invitations and renewed 0; 0 are still valid."),
                invites.out());
        Matcher link = Pattern.compile("xmpp:" + jess + "@localhost\\?roster;preauth=([A-Za-z0-9_-]+);ibr=y")
                .matcher(invites.out());
        assertTrue(link.find(), invites.out());

        Path pdf = dir.resolve("kit.pdf");
        CliRun kit = CliRun.of("--lang", "en", "kit", "--workspace", workspace.toString(), "--address",
                jess + "@localhost", "-o", pdf.toString());
        assertEquals(ExitCodes.OK, kit.exit(), kit.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("preauth=" + link.group(1)), "Nonna's card carries her invitation");
        }

        String nonna = new AccountCreator(TestAccounts.connector()).create(AccountRequest.named(prosody.address(),
                TestAccounts.uniqueName("rosa"), Password.of("pw")).withInvitation(InvitationUri.parse(link.group())),
                (form, questions) -> new RegistrationAnswers()).jid();

        CliRun again = invites(prosody, workspace, jess);
        assertEquals(ExitCodes.OK, again.exit(), again.err());
        assertTrue(again.out().startsWith("Nonna Rosa joined as " + nonna + ". The next upload moves"), again.out());
        CliRun people = CliRun.of("--lang", "en", "people", "--workspace", workspace.toString());
        assertTrue(people.out().contains(nonna), people.out());
    }

    @Test
    void withoutThePasswordOnStandardInputNothingIsAsked(TestProsody prosody) {
        CliRun run = CliRun.of("--lang", "en", "invites", "--workspace", dir.resolve("none.trasloco").toString(),
                "--address", "jess@localhost", "--server-invites");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--server-invites needs --password-stdin"), run.err());
    }

    private static CliRun invites(TestProsody prosody, Path workspace, String jess) {
        return CliRun.withInput("jess's password\n", "--lang", "en", "invites", "--workspace", workspace.toString(),
                "--address", jess + "@localhost", "--server-invites", "--password-stdin", "--host", "127.0.0.1",
                "--port", String.valueOf(prosody.c2sPort()), "--pin-sha256", prosody.pin().display());
    }
}
