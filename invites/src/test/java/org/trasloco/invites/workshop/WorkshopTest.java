package org.trasloco.invites.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.invites.InvitesBundles;
import org.trasloco.invites.apps.AppsCatalogue;
import org.trasloco.invites.kit.KitResult;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.LandingLinks;

class WorkshopTest {

    @TempDir
    Path dir;

    private final Workshop workshop = new Workshop("ServiziLiberi.it", LandingLinks.standard(), AppsCatalogue.bundled());

    @Test
    void readsTheParticipantsListWithItalianHeaders() throws IOException {
        Path csv = dir.resolve("partecipanti.csv");
        Files.writeString(csv, "Nome;Lingua;Indirizzo;Token\nAnna Rossi;it;;t-1\nJess Moreau;en;jess;\nLuca;;luca@example.org;\n");
        List<Participant> participants = ParticipantsCsv.read(csv, Locale.ITALIAN);
        assertEquals(List.of(new Participant("Anna Rossi", Locale.ITALIAN, null, "t-1"),
                new Participant("Jess Moreau", Locale.ENGLISH, "jess", null),
                new Participant("Luca", Locale.ITALIAN, "luca@example.org", null)), participants);
    }

    @Test
    void readsTheParticipantsListWithFrenchHeaders() throws IOException {
        Path csv = dir.resolve("participants.csv");
        Files.writeString(csv, "Nom;Langue;Adresse;Invitation\nCamille Martin;fr;;t-2\nLuis;es;luis;\n");
        assertEquals(List.of(new Participant("Camille Martin", Locale.FRENCH, null, "t-2"),
                new Participant("Luis", Locale.forLanguageTag("es"), "luis", null)), ParticipantsCsv.read(csv, Locale.FRENCH));
    }

    @Test
    void refusesAListWithNobodyOrABadLanguage() throws IOException {
        Path csv = dir.resolve("empty.csv");
        Files.writeString(csv, "name,language\n");
        TraslocoException error = assertThrows(TraslocoException.class, () -> ParticipantsCsv.read(csv, Locale.ENGLISH));
        assertTrue(error.message(Locale.ENGLISH).startsWith("The participants list " + csv + " names nobody"));
        Files.writeString(csv, "name,language\nAnna,pt\n");
        error = assertThrows(TraslocoException.class, () -> ParticipantsCsv.read(csv, Locale.ENGLISH));
        assertEquals(csv + ", line 2: The language \"pt\" is not available; choose one of: en, it, de, fr, es.",
                error.message(Locale.ENGLISH));
    }

    @Test
    void suggestsUniqueAddressesFromNamesAndKeepsThoseGiven() {
        List<PlannedParticipant> plan = workshop.plan(List.of(
                new Participant("Anna Rossì", Locale.ITALIAN, null, null),
                new Participant("anna rossi", Locale.ITALIAN, null, null),
                new Participant("Giulia", Locale.ITALIAN, "anna.rossi3", null),
                new Participant("Ελένη", Locale.ENGLISH, null, null),
                new Participant("Luca", Locale.ITALIAN, "Luca@Example.org", null)));
        assertEquals(List.of("anna.rossi@serviziliberi.it", "anna.rossi2@serviziliberi.it", "anna.rossi3@serviziliberi.it",
                "participant@serviziliberi.it", "luca@example.org"), plan.stream().map(p -> p.address().toString()).toList());
        assertEquals(List.of(true, true, false, true, false), plan.stream().map(PlannedParticipant::suggested).toList());
    }

    @Test
    void refusesTheSameAddressTwice() {
        TraslocoException error = assertThrows(TraslocoException.class, () -> workshop.plan(List.of(
                new Participant("A", Locale.ITALIAN, "anna", null), new Participant("B", Locale.ITALIAN, "ANNA", null))));
        assertEquals("Two participants would get the address anna@serviziliberi.it. Give each one their own.",
                error.message(Locale.ENGLISH));
    }

    @Test
    void printsTheSheetAndOneKitPerParticipantInTheirLanguage() throws IOException {
        List<PlannedParticipant> plan = workshop.plan(List.of(new Participant("Anna Rossi", Locale.ITALIAN, null, "t-anna"),
                new Participant("Jess Moreau", Locale.ENGLISH, "jess", null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitResult result = workshop.writeAll(plan, PaperFormat.A4, PrintSize.NORMAL, Locale.ITALIAN, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(result.pages(), pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.startsWith("Laboratorio: chi riceve quale indirizzo"), text.substring(0, 80));
            assertTrue(text.contains("anna.rossi@serviziliberi.it") && text.contains("proposto, verifica che sia libero"));
            assertTrue(text.contains("Anna Rossi ora è su XMPP") && text.contains("Jess Moreau is on XMPP now"));
            assertTrue(text.contains("serviziliberi.it  ·  pagina 1 di 1"), "the sheet is numbered on its own");
            assertTrue(text.matches("(?s).*anna\\.rossi@serviziliberi\\.it  ·  pagina 1 di [78]\\R.*"), "so is each kit");
        }
        assertTrue(result.qrCodes().stream().anyMatch(qr -> qr.content()
                .equals("https://xmpp.link/#serviziliberi.it?register;preauth=t-anna")), "Anna's account invitation");
        assertTrue(result.qrCodes().stream().anyMatch(qr -> qr.content()
                .equals("https://xmpp.link/#jess@serviziliberi.it?roster;name=Jess%20Moreau")), "Jess's own code");
        assertTrue(result.qrCodes().stream().anyMatch(qr -> qr.content().equals("https://chat.serviziliberi.it")),
                "the server's web chat");
    }

    @Test
    void printsOneFilePerPersonOnRequest() {
        List<PlannedParticipant> plan = workshop.plan(List.of(new Participant("Anna Rossi", Locale.ITALIAN, null, null),
                new Participant("Jess Moreau", Locale.ENGLISH, null, null)));
        Map<Path, KitResult> files = workshop.writeEach(plan, PaperFormat.LETTER, PrintSize.LARGE, Locale.ENGLISH, dir.resolve("kits"));
        assertEquals(List.of("00-facilitator.pdf", "01-anna.rossi.pdf", "02-jess.moreau.pdf"),
                files.keySet().stream().map(p -> p.getFileName().toString()).toList());
        files.forEach((file, result) -> assertTrue(Files.isRegularFile(file) && result.pages() > 0, file.toString()));
    }

    @Test
    void everyWorkshopTextIsTranslated() {
        InvitesBundles.assertComplete(WorkshopText.class);
    }
}
