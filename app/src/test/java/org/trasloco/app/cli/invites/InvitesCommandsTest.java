package org.trasloco.app.cli.invites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.Cli;
import org.trasloco.core.testing.BundleAssertions;

/** The kit, invites and workshop commands, run in-process and read back. */
class InvitesCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new ByteArrayInputStream(new byte[0]), out, err, false).run(args);
    }

    private Path people() throws IOException {
        Path file = dir.resolve("people.csv");
        Files.writeString(file, "name,phone,telegram,language\nNonna Rosa,+39 333 123 4567,,it\nJess Moreau,,@jess_m,en\n");
        return file;
    }

    @Test
    void kitWritesAPdfInTheLanguageOfLang() throws IOException {
        Path pdf = dir.resolve("kit.pdf");
        assertEquals(0, run("kit", "--address", "marco@serviziliberi.it", "--name", "Marco", "--lang", "it", "--large",
                "--paper", "LETTER", "--people", people().toString(), "-o", pdf.toString()), err.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Marco ora è su XMPP") && text.contains("Per Nonna Rosa"), text);
            assertEquals(612f, document.getPage(0).getMediaBox().getWidth(), 0.1f);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains(pdf + ": " + document.getNumberOfPages()),
                    out.toString(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("kit.pdf", "people.csv"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList(),
                "no temporary file is left behind");
    }

    @Test
    void kitPrintsInGermanFrenchOrSpanish() throws IOException {
        for (String[] language : new String[][] {{"de", "Marco ist jetzt bei XMPP"}, {"fr", "Marco est maintenant sur XMPP"},
            {"es", "Marco ya está en XMPP"}}) {
            Path pdf = dir.resolve("kit-" + language[0] + ".pdf");
            assertEquals(0, run("kit", "--address", "marco@serviziliberi.it", "--name", "Marco", "--lang", language[0],
                    "-o", pdf.toString()), err.toString());
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains(language[1]), text);
                assertEquals(language[0], document.getDocumentCatalog().getLanguage());
            }
        }
    }

    @Test
    void kitRefusesABadAddressOrPaperWithoutWritingAnything() {
        Path pdf = dir.resolve("kit.pdf");
        assertEquals(3, run("kit", "--address", "marco@", "-o", pdf.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("marco@ is not an XMPP address"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("kit", "--address", "marco@example.org", "--paper", "a5", "-o", pdf.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("a4, letter"), err.toString(StandardCharsets.UTF_8));
        assertEquals(3, run("kit", "--address", "marco@example.org", "--landing-base", "http://x.example/#", "-o", pdf.toString()));
        assertFalse(Files.exists(pdf));
    }

    @Test
    void kitReportsAFolderItCannotWriteTo() {
        assertEquals(1, run("kit", "--address", "marco@example.org", "-o", dir.resolve("missing/kit.pdf").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot be written"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void invitesPrintsEachPersonsLinksAsJson() throws IOException {
        assertEquals(0, run("invites", "--people", people().toString(), "--address", "marco@serviziliberi.it", "--name",
                "Marco", "--landing-base", "https://invito.example/#", "--json"), err.toString());
        List<Map<String, String>> people = readJson(out.toByteArray());
        assertEquals(2, people.size());
        Map<String, String> nonna = people.get(0);
        assertEquals("Nonna Rosa", nonna.get("name"));
        assertEquals("it", nonna.get("language"));
        assertEquals("+393331234567", nonna.get("phone"));
        assertEquals("xmpp:marco@serviziliberi.it?roster;name=Marco", nonna.get("uri"));
        assertEquals("https://invito.example/#marco@serviziliberi.it?roster;name=Marco", nonna.get("landing"));
        assertTrue(nonna.get("text").startsWith("Ciao Nonna Rosa!") && nonna.get("text").contains(nonna.get("landing")));
        assertTrue(nonna.get("whatsapp").startsWith("https://wa.me/393331234567?text=Ciao%20Nonna%20Rosa%21"));
        assertTrue(people.get(1).get("telegram").startsWith("https://t.me/share/url?url=https%3A%2F%2Finvito.example"));
        assertEquals("jess_m", people.get(1).get("telegramUser"));
    }

    @Test
    void invitesWritesEachPersonsCodeAsAPicture() throws IOException {
        Path pictures = dir.resolve("qr");
        assertEquals(0, run("invites", "--people", people().toString(), "--address", "marco@serviziliberi.it",
                "--qr-dir", pictures.toString()), err.toString());
        assertEquals(List.of("01-nonna-rosa.png", "02-jess-moreau.png"),
                Files.list(pictures).map(p -> p.getFileName().toString()).sorted().toList());
        BufferedImage image = ImageIO.read(pictures.resolve("01-nonna-rosa.png").toFile());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)));
        try {
            assertEquals("https://xmpp.link/#marco@serviziliberi.it?roster",
                    new QRCodeReader().decode(bitmap).getText());
        } catch (ReaderException e) {
            throw new AssertionError("the picture does not decode", e);
        }
    }

    @Test
    void invitesPrintsTextByDefaultAndNamesTheLineOfABadRow() throws IOException {
        assertEquals(0, run("invites", "--people", people().toString(), "--address", "marco@serviziliberi.it"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Nonna Rosa (it)\n") && text.contains("  WhatsApp: https://wa.me/393331234567?text="), text);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,phone\nAnna,333\n");
        assertEquals(3, run("invites", "--people", bad.toString(), "--address", "marco@serviziliberi.it"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad + ", line 2: \"333\" is not a phone number"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void workshopWritesTheSheetAndAKitPerParticipant() throws IOException {
        Path csv = dir.resolve("participants.csv");
        Files.writeString(csv, "name,language,address,token\nAnna Rossi,it,,t-1\nJess Moreau,en,jess,\n");
        Path pdf = dir.resolve("kits.pdf");
        assertEquals(0, run("workshop", csv.toString(), "--server", "serviziliberi.it", "-o", pdf.toString()), err.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("anna.rossi@serviziliberi.it") && text.contains("jess@serviziliberi.it"));
            assertTrue(text.contains("Anna Rossi ora è su XMPP") && text.contains("Jess Moreau is on XMPP now"));
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 participants"), out.toString(StandardCharsets.UTF_8));

        Path folder = dir.resolve("kits");
        assertEquals(0, run("workshop", csv.toString(), "--server", "serviziliberi.it", "--each", "-o", folder.toString()));
        assertEquals(List.of("00-facilitator.pdf", "01-anna.rossi.pdf", "02-jess.pdf"),
                Files.list(folder).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void invitationsFromTheServerNeedThePasswordOnStandardInputAndNothingIsWrittenWithout() throws IOException {
        Path csv = dir.resolve("participants.csv");
        Files.writeString(csv, "name\nAnna Rossi\n");
        Path pdf = dir.resolve("kits.pdf");
        assertEquals(2, run("workshop", csv.toString(), "--server", "serviziliberi.it", "--invite-as",
                "admin@serviziliberi.it", "-o", pdf.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--invite-as needs --password-stdin"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(pdf));
    }

    @Test
    void everyCommandTextIsTranslated() {
        BundleAssertions.assertComplete(InvitesCliText.class);
    }

    private static List<Map<String, String>> readJson(byte[] json) throws IOException {
        List<Map<String, String>> objects = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertEquals(JsonToken.START_ARRAY, parser.nextToken());
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> object = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getText());
                }
                objects.add(object);
            }
        }
        return objects;
    }
}
