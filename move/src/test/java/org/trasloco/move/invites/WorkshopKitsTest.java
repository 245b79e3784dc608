package org.trasloco.move.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.workshop.PlannedParticipant;

/** A workshop from its participants list to the printed kits, without a server (the invitations are in WorkshopKitsIT). */
class WorkshopKitsTest {

    @TempDir
    Path dir;

    private final WorkshopKits workshop = new WorkshopKits("example.org", LandingLinks.standard(), null);

    @Test
    void theListBecomesAPlanWithSuggestedAddresses() throws Exception {
        List<PlannedParticipant> plan = workshop.plan(participants(), Locale.ITALIAN);
        assertEquals(List.of("anna.rossi@example.org", "jess@example.org", "luca@example.org"),
                plan.stream().map(p -> p.address().toString()).toList());
        assertEquals(List.of(true, false, true), plan.stream().map(PlannedParticipant::suggested).toList());
        assertEquals(List.of(Locale.ITALIAN, Locale.ENGLISH, Locale.ITALIAN),
                plan.stream().map(p -> p.participant().language()).toList(), "a row without a language takes the default");
    }

    @Test
    void aBadRowIsNamedWithItsFileAndLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "name,language\nAnna,en\n,it\n");
        TraslocoException error = assertThrows(TraslocoException.class, () -> workshop.plan(csv, Locale.ENGLISH));
        assertTrue(error.message(Locale.ENGLISH).startsWith(csv + ", line 3"), error.message(Locale.ENGLISH));
    }

    @Test
    void tokensAreRememberedByAddressAndGoOnTheKits() throws Exception {
        List<PlannedParticipant> plan = workshop.plan(participants(), Locale.ITALIAN);
        List<PlannedParticipant> withTokens = WorkshopKits.withTokens(plan,
                Map.of("anna.rossi@example.org", "TOKEN-ANNA", "jess@example.org", "TOKEN-JESS"));
        assertEquals(Map.of("anna.rossi@example.org", "TOKEN-ANNA", "jess@example.org", "TOKEN-JESS"),
                WorkshopKits.tokensOf(withTokens));
        List<PlannedParticipant> allInvited = withTokens.subList(0, 2);
        assertEquals(allInvited, workshop.createAccountInvitations(allInvited, () -> {
            throw new AssertionError("everyone has a token: no login");
        }, ProgressListener.NONE, Cancellation.NEVER));

        Path file = dir.resolve("kits.pdf");
        KitResult result = workshop.writeAll(withTokens, PaperFormat.A4, PrintSize.NORMAL, Locale.ENGLISH, file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(result.links().contains("https://xmpp.link/#example.org?register;preauth=TOKEN-ANNA"),
                "the account invitation is printed with Anna's kit");
        String text = text(Files.readAllBytes(file));
        for (String expected : List.of("Anna Rossi", "Jess Moreau", "Luca", "jess@example.org")) {
            assertTrue(text.contains(expected), expected);
        }
        assertEquals(result.pages(), pages(workshop.pdf(withTokens, PaperFormat.A4, PrintSize.NORMAL, Locale.ENGLISH)));
    }

    @Test
    void eachPersonsKitCanGoIntoAFileOfItsOwnAndThePreviewShowsTheSheetAndTheFirstKit() throws Exception {
        List<PlannedParticipant> plan = workshop.plan(participants(), Locale.ITALIAN);
        Map<Path, KitResult> files = workshop.writeEach(plan, PaperFormat.LETTER, PrintSize.LARGE, Locale.ITALIAN,
                dir.resolve("kits"));
        assertEquals(List.of("00-facilitator.pdf", "01-anna.rossi.pdf", "02-jess.pdf", "03-luca.pdf"),
                files.keySet().stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : files.keySet()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
        int sheet = files.get(dir.resolve("kits/00-facilitator.pdf")).pages();
        int firstKit = files.get(dir.resolve("kits/01-anna.rossi.pdf")).pages();
        List<BufferedImage> preview = workshop.preview(plan, PaperFormat.LETTER, PrintSize.LARGE, Locale.ITALIAN, 30);
        assertEquals(sheet + firstKit, preview.size());
        assertTrue(preview.get(0).getHeight() > preview.get(0).getWidth(), "upright pages");
    }

    private Path participants() throws Exception {
        return Files.writeString(dir.resolve("participants.csv"),
                "name,language,address\nAnna Rossi,it,\nJess Moreau,en,jess\nLuca,,\n");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
