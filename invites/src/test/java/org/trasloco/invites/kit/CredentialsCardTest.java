package org.trasloco.invites.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.trasloco.invites.qr.QrReader;

/**
 * The credentials card read back as its owner and a phone would: the address and the password as
 * text, every QR code decoding to its link, one large-print page on A4 and on Letter.
 */
class CredentialsCardTest {

    /** As long as a generated password gets: seven words and a number. */
    private static final String PASSWORD = "fiume-tazza-lento-vela-gufo-remo-pane-4821";
    private static final String ADDRESS = "giuseppina.esposito@serviziliberi.it";
    private static final String PAGE = "https://chat.serviziliberi.it";
    private static final float DPI = 150;

    private static byte[] pdf(CredentialsCard card, List<PlacedQr> codes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitResult result = card.write(out);
        codes.addAll(result.qrCodes());
        assertEquals(1, result.pages(), "the card is one page");
        return out.toByteArray();
    }

    @Test
    void theAddressAndThePasswordCanBeReadFromThePage() {
        try (CredentialsCard card = new CredentialsCard(ADDRESS, PASSWORD, PAGE, Locale.ENGLISH, PaperFormat.A4);
                PdfReading pdf = new PdfReading(pdf(card, new java.util.ArrayList<>()))) {
            String text = pdf.text();
            String compact = PdfReading.compact(text);
            assertTrue(compact.contains("Keepthiscardinasafeplace"), text);
            assertTrue(compact.contains(ADDRESS), text);
            assertTrue(compact.contains(PASSWORD), "the password, even when it wraps: " + text);
            assertTrue(compact.contains(PAGE), text);
            assertTrue(compact.contains("loginwithanaccountyoualreadyhave"), text);
            assertTrue(text.contains(PASSWORD), "a generated password fits on one line: " + text);
            assertTrue(pdf.bodySize(0) >= 16, "large print: " + pdf.bodySize(0));
            assertEquals("en", pdf.document().getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void everyCodeDecodesToItsLinkOnOnePageOfEitherPaper() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            for (PaperFormat paper : PaperFormat.values()) {
                List<PlacedQr> codes = new java.util.ArrayList<>();
                try (CredentialsCard card = new CredentialsCard(ADDRESS, PASSWORD, PAGE, language, paper);
                        PdfReading pdf = new PdfReading(pdf(card, codes))) {
                    assertEquals(List.of("xmpp:" + ADDRESS, PAGE), codes.stream().map(PlacedQr::content).toList());
                    BufferedImage page = pdf.render(0, DPI);
                    float height = pdf.document().getPage(0).getMediaBox().getHeight();
                    for (PlacedQr code : codes) {
                        assertEquals(Optional.of(code.content()), PdfReading.decode(page, code, height, DPI),
                                language + " " + paper);
                    }
                    String title = language == Locale.ITALIAN ? "Conservaquestofoglioinunpostosicuro"
                            : "Keepthiscardinasafeplace";
                    assertTrue(PdfReading.compact(pdf.text()).contains(title), pdf.text());
                }
            }
        }
    }

    @Test
    void withoutAServerPageTheAddressCodeStandsAlone() {
        List<PlacedQr> codes = new java.util.ArrayList<>();
        try (CredentialsCard card = new CredentialsCard("anna@localhost", "x", null, Locale.ENGLISH, PaperFormat.LETTER)) {
            pdf(card, codes);
            assertEquals("xmpp:anna@localhost", card.addressLink());
        }
        assertEquals(List.of("xmpp:anna@localhost"), codes.stream().map(PlacedQr::content).toList());
    }

    @Test
    void thePicturesForThePrinterCarryTheCodes() {
        try (CredentialsCard card = new CredentialsCard(ADDRESS, PASSWORD, PAGE, Locale.ENGLISH, PaperFormat.A4)) {
            List<BufferedImage> pages = card.pages(DPI);
            assertEquals(1, pages.size());
            assertEquals(Math.round(PaperFormat.A4.width() / 72 * DPI), pages.get(0).getWidth(), 1);
            // The address code is the first on the page: a reader finds one of the two codes in the whole page.
            assertTrue(QrReader.read(pages.get(0)).filter(List.of("xmpp:" + ADDRESS, PAGE)::contains).isPresent());
        }
    }

    @Test
    void neverShowsThePasswordAndForgetsItWhenClosed() {
        CredentialsCard card = new CredentialsCard(ADDRESS, PASSWORD, null, Locale.ENGLISH, PaperFormat.A4);
        assertFalse(card.toString().contains(PASSWORD));
        assertEquals("CredentialsCard[" + ADDRESS + "]", card.toString());
        card.close();
        assertThrows(IllegalStateException.class, () -> card.write(new ByteArrayOutputStream()));
        assertThrows(IllegalArgumentException.class, () -> new CredentialsCard("serviziliberi.it", PASSWORD, null,
                Locale.ENGLISH, PaperFormat.A4));
        assertThrows(IllegalArgumentException.class, () -> new CredentialsCard(ADDRESS, "", null, Locale.ENGLISH,
                PaperFormat.A4));
    }

    @Test
    void writesThePicturesForTheUserGuide() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent()
                .resolve("docs").resolve("screenshots");
        Files.createDirectories(dir);
        for (Locale language : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            try (CredentialsCard card = new CredentialsCard(ADDRESS, PASSWORD, PAGE, language, PaperFormat.A4)) {
                Path file = dir.resolve("credentials-card-" + language.getLanguage() + ".png");
                ImageIO.write(card.pages(100).get(0), "png", file.toFile());
                assertTrue(Files.size(file) > 20_000, file.toString());
            }
        }
    }
}
