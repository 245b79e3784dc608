package org.trasloco.invites.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trasloco.invites.InvitesBundles;
import org.trasloco.invites.apps.AppChoice;
import org.trasloco.invites.apps.Platform;
import org.trasloco.invites.apps.StoreLink;
import org.trasloco.invites.explainers.ExplainerText;
import org.trasloco.invites.explainers.Explainers;
import org.trasloco.invites.explainers.Section;
import org.trasloco.invites.explainers.Source;

/** Reads the sample kit back: its text, its QR codes, its pages, its fonts, in every language and both print sizes. */
class KitPdfTest {

    private static final float DPI = 150;

    private static KitContent english;
    private static SampleKits.Written englishA4;
    private static SampleKits.Written italianLetterLarge;
    private static PdfReading englishPdf;
    private static PdfReading italianPdf;

    @BeforeAll
    static void writeSamples() {
        english = SampleKits.kit(Locale.ENGLISH);
        englishA4 = SampleKits.write(english, PaperFormat.A4, PrintSize.NORMAL);
        italianLetterLarge = SampleKits.write(SampleKits.kit(Locale.ITALIAN), PaperFormat.LETTER, PrintSize.LARGE);
        englishPdf = new PdfReading(englishA4.pdf());
        italianPdf = new PdfReading(italianLetterLarge.pdf());
    }

    @AfterAll
    static void close() {
        englishPdf.close();
        italianPdf.close();
    }

    @Test
    void everyQrCodeRenderedFromThePageDecodesToItsLink() {
        for (var written : List.of(englishA4, italianLetterLarge)) {
            try (PdfReading pdf = new PdfReading(written.pdf())) {
                Set<Integer> pagesWithCodes = new HashSet<>();
                written.result().qrCodes().forEach(qr -> pagesWithCodes.add(qr.page()));
                for (int page : pagesWithCodes) {
                    BufferedImage image = pdf.render(page, DPI);
                    float height = pdf.document().getPage(page).getMediaBox().getHeight();
                    for (PlacedQr qr : written.result().qrCodes()) {
                        if (qr.page() == page) {
                            assertEquals(Optional.of(qr.content()), PdfReading.decode(image, qr, height, DPI),
                                    "QR on page " + (page + 1) + " at " + qr.x() + "," + qr.y());
                        }
                    }
                }
            }
        }
    }

    @Test
    void codesCarryTheOwnersLinkEveryStoreAndEveryPersonsInvitation() {
        Set<String> contents = new HashSet<>();
        englishA4.result().qrCodes().forEach(qr -> contents.add(qr.content()));
        Set<String> expected = new HashSet<>();
        expected.add(english.addMe().landing());
        for (Platform platform : Platform.values()) {
            expected.add(english.apps().forPlatform(platform).get(0).primary().url());
        }
        english.cards().forEach(card -> expected.add(card.link().landing()));
        assertEquals(expected, contents);
        assertEquals(1 + 6 + english.cards().size(), englishA4.result().qrCodes().size());
        assertTrue(contents.contains("https://xmpp.link/#marco.bianchi@serviziliberi.it?roster;preauth=pWq3-Zk9_x2;ibr=y"));
        assertTrue(contents.contains("https://chat.serviziliberi.it"));
    }

    @Test
    void coverCodeIsTheOnlyCodeOnTheCoverAndReadsWithoutHelp() {
        // Decoded from the whole page, not from where the writer says it drew it.
        BufferedImage cover = englishPdf.render(0, DPI);
        assertEquals(Optional.of(english.addMe().landing()), org.trasloco.invites.qr.QrDecoding.decode(cover));
        assertEquals(1, englishA4.result().qrCodes().stream().filter(qr -> qr.page() == 0).count());
    }

    @Test
    void textHoldsTheAddressAndEveryPrintedLink() {
        String cover = englishPdf.page(0);
        assertTrue(cover.contains("marco.bianchi@serviziliberi.it"), cover);
        assertTrue(cover.contains("Marco Bianchi is on XMPP now"), cover);
        String all = PdfReading.compact(englishPdf.text());
        for (String link : englishA4.result().links()) {
            assertTrue(all.contains(PdfReading.compact(link)), "printed link not in the text: " + link);
        }
        assertTrue(all.contains(english.addMe().uri().toString()), "the xmpp: link");
        for (Platform platform : Platform.values()) {
            for (AppChoice choice : english.apps().forPlatform(platform)) {
                for (StoreLink link : choice.links()) {
                    assertTrue(englishA4.result().links().contains(link.url()), link.url());
                }
            }
        }
        for (Source source : Section.citations(Explainers.all())) {
            assertTrue(englishA4.result().links().contains(source.url(Locale.ENGLISH)), source.name());
        }
        english.cards().forEach(card -> assertTrue(englishA4.result().links().contains(card.link().landing())));
    }

    @Test
    void sourcesAreNumberedInCitationOrderAndLocalised() {
        int first = italianPdf.pageWith("Fonti\n");
        String sources = italianPdf.text(first, first + 1);
        assertTrue(sources.indexOf("[1] Wikipedia: Chat Control") < sources.indexOf("[10] Wikipedia: OMEMO"), sources);
        String italianCompact = PdfReading.compact(italianPdf.text());
        assertTrue(italianCompact.contains("https://it.wikipedia.org/wiki/Chat_Control"));
        assertFalse(italianCompact.contains("https://en.wikipedia.org/wiki/Chat_Control"));
        String why = englishPdf.page(englishPdf.pageWith("Why I moved: Chat Control"));
        assertTrue(why.contains("[3, 4]") && why.contains("[5, 6]"), why);
    }

    @Test
    void pageCountAndSizeFollowThePaper() {
        // Cover, apps, why, how, first steps, sources, then 7 cards at 6 a page.
        assertEquals(8, englishA4.result().pages());
        assertEquals(8, englishPdf.pages());
        for (PDPage page : englishPdf.document().getPages()) {
            assertEquals(595.3f, page.getMediaBox().getWidth(), 0.1f);
            assertEquals(841.9f, page.getMediaBox().getHeight(), 0.1f);
        }
        SampleKits.Written letter = SampleKits.write(english, PaperFormat.LETTER, PrintSize.NORMAL);
        try (PdfReading pdf = new PdfReading(letter.pdf())) {
            assertEquals(letter.result().pages(), pdf.pages());
            for (PDPage page : pdf.document().getPages()) {
                assertEquals(612f, page.getMediaBox().getWidth(), 0.1f);
                assertEquals(792f, page.getMediaBox().getHeight(), 0.1f);
            }
            assertTrue(pdf.page(pdf.pages() - 1).contains("page " + pdf.pages() + " of " + pdf.pages()));
        }
    }

    @Test
    void largePrintIsReallyLarger() {
        int normalWhy = englishPdf.pageWith("Why I moved: Chat Control");
        int largeWhy = italianPdf.pageWith("Perché ho cambiato");
        assertEquals(12f, englishPdf.bodySize(normalWhy));
        assertTrue(italianPdf.bodySize(largeWhy) >= 16f, "large body " + italianPdf.bodySize(largeWhy));
        int largeHow = italianPdf.pageWith("Come sono protetti");
        assertTrue(italianPdf.bodySize(largeHow) >= 16f);
        int largeSteps = italianPdf.pageWith("Primi passi");
        assertTrue(italianPdf.bodySize(largeSteps) >= 16f);
        assertTrue(italianLetterLarge.result().pages() > englishA4.result().pages());
        float normalAddress = englishPdf.fontSizes(0).keySet().stream().max(Float::compare).orElseThrow();
        float largeAddress = italianPdf.fontSizes(0).keySet().stream().max(Float::compare).orElseThrow();
        assertTrue(largeAddress > normalAddress, largeAddress + " > " + normalAddress);
    }

    @Test
    void italianKitIsItalianThroughout() {
        String text = italianPdf.text();
        for (String expected : new String[] {"Marco Bianchi ora è su XMPP", "Quale app installare", "Perché ho cambiato",
                "Come sono protetti", "Primi passi", "Fonti", "Biglietti di invito", "pagina 1 di"}) {
            assertTrue(text.contains(expected), expected);
        }
        for (String english : new String[] {"Why I moved", "Which app", "First steps", "Invite cards", "page 1 of"}) {
            assertFalse(text.contains(english), english);
        }
        // A key missing from a bundle would print as "key[args]".
        for (var key : List.<org.trasloco.core.i18n.MessageKey[]>of(KitText.values(), ExplainerText.values())) {
            for (var k : key) {
                assertFalse(text.contains(k.key() + "["), k.key());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "de|Marco Bianchi ist jetzt bei XMPP|Welche App du installieren kannst|Warum ich gewechselt habe|Seite 1 von",
        "fr|Marco Bianchi est maintenant sur XMPP|Quelle application installer|Pourquoi j’ai changé|page 1 sur",
        "es|Marco Bianchi ya está en XMPP|Qué aplicación instalar|Por qué me cambié|página 1 de"})
    void germanFrenchAndSpanishKitsAreInTheirLanguageThroughout(String tag, String cover, String apps, String why,
            String footer) {
        Locale language = Locale.forLanguageTag(tag);
        SampleKits.Written written = SampleKits.write(SampleKits.kit(language), PaperFormat.A4, PrintSize.NORMAL);
        try (PdfReading pdf = new PdfReading(written.pdf())) {
            String text = pdf.text();
            for (String expected : new String[] {cover, apps, why, footer}) {
                assertTrue(PdfReading.compact(text).contains(PdfReading.compact(expected)), expected);
            }
            for (String english : new String[] {"Why I moved", "Which app", "First steps", "Invite cards", "page 1 of"}) {
                assertFalse(text.contains(english), english);
            }
            for (var keys : List.<org.trasloco.core.i18n.MessageKey[]>of(KitText.values(), ExplainerText.values())) {
                for (var key : keys) {
                    assertFalse(text.contains(key.key() + "["), key.key());
                }
            }
            // XMPP has a Wikipedia page in each of these languages; the other sources are marked as English.
            String compact = PdfReading.compact(text);
            assertTrue(compact.contains("https://" + tag + ".wikipedia.org/wiki/Extensible_Messaging_and_Presence_Protocol"));
            assertEquals(tag, pdf.document().getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void everyLanguageHasEveryText() {
        InvitesBundles.assertComplete(KitText.class);
        InvitesBundles.assertComplete(ExplainerText.class);
    }

    @Test
    void namesInGreekCyrillicAndArmenianPrintAndEmojiAreLeftOut() {
        String cards = englishPdf.text(6, 7);
        for (String name : new String[] {"For Zoë", "For Ελένη", "For Дмитрий", "For Արամ", "For Nicolò"}) {
            assertTrue(cards.contains(name), name);
        }
        assertFalse(cards.contains("\uD83C\uDF3B"), "the sunflower has no glyph and is left out");
    }

    @Test
    void fontsAreEmbedded() {
        List<PDFont> fonts = englishPdf.fonts();
        assertFalse(fonts.isEmpty());
        for (PDFont font : fonts) {
            assertTrue(font.isEmbedded(), font.getName());
        }
        assertTrue(fonts.stream().anyMatch(f -> f.getName().contains("NotoSans-Bold")));
        assertTrue(fonts.stream().anyMatch(f -> f.getName().contains("DejaVuSans")), "fallback used for ✓ and Armenian");
        assertEquals("en", englishPdf.document().getDocumentCatalog().getLanguage());
        assertEquals("How to reach Marco Bianchi on XMPP", englishPdf.document().getDocumentInformation().getTitle());
    }

    @Test
    void withoutPeopleToInviteItPrintsBlankCardsWithTheOwnersCode() {
        KitContent alone = new KitContent(SampleKits.MARCO, english.addMe(), null, english.apps(), List.of(), Locale.ENGLISH);
        SampleKits.Written written = SampleKits.write(alone, PaperFormat.A4, PrintSize.NORMAL);
        try (PdfReading pdf = new PdfReading(written.pdf())) {
            assertEquals(7, pdf.pages());
            String cards = pdf.page(6);
            assertEquals(6, cards.split("For:", -1).length - 1, cards);
            long ownCodes = written.result().qrCodes().stream().filter(qr -> qr.content().equals(english.addMe().landing())).count();
            assertEquals(7, ownCodes);
        }
    }

    @Test
    void anAccountInvitationIsPrintedBesideItsStep() {
        var account = org.trasloco.invites.links.LandingLinks.standard()
                .invite(org.trasloco.invites.links.InviteLinks.account("serviziliberi.it", "acc-T0k"), null);
        KitContent kit = new KitContent(SampleKits.MARCO, english.addMe(), account, english.apps(), List.of(), Locale.ENGLISH);
        SampleKits.Written written = SampleKits.write(kit, PaperFormat.A4, PrintSize.LARGE);
        try (PdfReading pdf = new PdfReading(written.pdf())) {
            int steps = pdf.pageWith("First steps");
            PlacedQr qr = written.result().qrCodes().stream().filter(q -> q.content().equals(account.landing())).findFirst()
                    .orElseThrow();
            assertEquals(steps, qr.page());
            BufferedImage image = pdf.render(steps, DPI);
            assertEquals(Optional.of("https://xmpp.link/#serviziliberi.it?register;preauth=acc-T0k"),
                    PdfReading.decode(image, qr, pdf.document().getPage(steps).getMediaBox().getHeight(), DPI));
            assertTrue(PdfReading.compact(pdf.page(steps)).contains(account.landing()));
        }
    }
}
