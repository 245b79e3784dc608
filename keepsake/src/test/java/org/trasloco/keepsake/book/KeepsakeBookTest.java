package org.trasloco.keepsake.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.keepsake.MediaSource;
import org.trasloco.keepsake.Selection;
import org.trasloco.keepsake.testing.ExportFolderMedia;
import org.trasloco.keepsake.testing.Fixtures;
import org.trasloco.keepsake.testing.HostileChat;
import org.trasloco.keepsake.testing.NonnaChat;
import org.trasloco.keepsake.testing.Screenshots;

/** The book read back with PDFBox as a reader and a printer would: text in order, photos, fonts, sizes. */
class KeepsakeBookTest {

    @TempDir
    Path dir;

    @Test
    void printsEveryConversationInOrderWithPhotosAndPageNumbers() throws IOException {
        Path nonna = NonnaChat.write(dir);
        Path hostile = HostileChat.write(dir);
        try (Workspace workspace = Fixtures.importInto(dir.resolve("w.trasloco"),
                Stream.concat(Stream.of(Fixtures.family(dir)), Stream.of(nonna, hostile)).toArray(Path[]::new))) {
            Path pdf = dir.resolve("our-chats.pdf");
            BookResult result = KeepsakeBook.write(workspace, options(pdf).withMyNames(Set.of("Jess Moreau")),
                    new ExportFolderMedia(nonna, hostile), ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(workspace.messageCount(), result.messages());
            assertEquals(2, result.photos());
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertEquals(result.pages(), document.getNumberOfPages());
                String cover = text(document, 0, 0);
                assertTrue(cover.contains("Our chats") && cover.contains(String.format(Locale.ENGLISH, "%,d messages", result.messages())), cover);
                String all = text(document, 0, document.getNumberOfPages() - 1);
                // Nonna's chat, in order, under its chapter, with the day before it.
                assertInOrder(all, "Nonna Rosa", "April 2024", "Saturday, April 20, 2024", "Ciao tesoro! Domani vieni a pranzo?",
                        "Porta anche Sam!", "Faccio le lasagne", "Sunday, April 21, 2024", "Il mio giardino quest'anno",
                        "The tulips are amazing", "Voice message: " + NonnaChat.VOICE, "Grazie per il pranzo, a domenica!");
                // Hostile text is just text; Hebrew is extracted in reading order.
                assertTrue(all.contains(HostileChat.SCRIPT), all);
                assertTrue(all.contains(HostileChat.HEBREW), all);
                String second = text(document, 1, 1);
                assertTrue(second.contains("Our chats · page 2 of " + result.pages()), second);
                int images = 0;
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getXObjectNames()) {
                        images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                    }
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName());
                    }
                }
                assertEquals(2, images);
                assertTrue(document.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext(), "bookmarks");
                writeScreenshot(document);
            }
        }
    }

    @Test
    void oneConversationAndSomeDaysInLargePrintOnLetter() throws IOException {
        Path nonna = NonnaChat.write(dir);
        try (Workspace workspace = Fixtures.importInto(dir.resolve("w.trasloco"),
                Stream.concat(Stream.of(Fixtures.family(dir)), Stream.of(nonna)).toArray(Path[]::new))) {
            ConversationSummary chat = workspace.conversations().stream().filter(c -> c.title().equals(NonnaChat.NAME))
                    .findFirst().orElseThrow();
            Path pdf = dir.resolve("nonna.pdf");
            LocalDate day = LocalDate.of(2024, 4, 21);
            BookResult result = KeepsakeBook.write(workspace, options(pdf).withPrint(PaperFormat.LETTER, PrintSize.LARGE)
                            .withSelection(Selection.all().onlyConversations(Set.of(Selection.ConversationRef.of(chat))).between(day, day)),
                    MediaSource.NONE, ProgressListener.NONE, Cancellation.NEVER);
            assertEquals(5, result.messages());
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertEquals(612f, document.getPage(0).getMediaBox().getWidth(), 0.1f);
                String all = text(document, 0, document.getNumberOfPages() - 1);
                assertTrue(all.startsWith(NonnaChat.NAME) || all.contains(NonnaChat.NAME + "\n"), all);
                assertTrue(!all.contains("Ciao tesoro") && all.contains("The tulips are amazing"), all);
                assertTrue(all.contains("Photo: " + NonnaChat.PHOTO + " (not included)"), all);
                assertTrue(sizes(document, 1).getOrDefault(16f, 0) > 40, "messages in 16 pt: " + sizes(document, 1));
            }
        }
    }

    private static BookOptions options(Path pdf) {
        return BookOptions.of(pdf, Locale.ENGLISH).withMadeOn(LocalDate.of(2025, 12, 1));
    }

    private static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, "\"" + part + "\" after position " + at + " in:\n" + text);
            at = found + part.length();
        }
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from + 1);
        stripper.setEndPage(to + 1);
        return stripper.getText(document);
    }

    private static Map<Float, Integer> sizes(PDDocument document, int page) throws IOException {
        Map<Float, Integer> sizes = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    sizes.merge(position.getFontSizeInPt(), 1, Integer::sum);
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(document);
        return sizes;
    }

    /** The cover and the pages of Nonna's chat side by side, for the user guide. */
    private static void writeScreenshot(PDDocument document) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        List<BufferedImage> shown = new ArrayList<>();
        shown.add(renderer.renderImageWithDPI(0, 60, ImageType.RGB));
        int nonna = 1;
        while (!text(document, nonna, nonna).contains("Ciao tesoro")) {
            nonna++;
        }
        shown.add(renderer.renderImageWithDPI(nonna, 60, ImageType.RGB));
        if (nonna + 1 < document.getNumberOfPages()) {
            shown.add(renderer.renderImageWithDPI(nonna + 1, 60, ImageType.RGB));
        }
        int gap = 16;
        int width = shown.stream().mapToInt(BufferedImage::getWidth).sum() + gap * (shown.size() + 1);
        int height = shown.get(0).getHeight() + 2 * gap;
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(new java.awt.Color(0xD9DEE3));
        g.fillRect(0, 0, width, height);
        int x = gap;
        for (BufferedImage page : shown) {
            g.drawImage(page, x, gap, null);
            x += page.getWidth() + gap;
        }
        g.dispose();
        assertTrue(ImageIO.write(sheet, "png", Screenshots.folder().resolve("keepsake-book-en.png").toFile()));
    }
}
