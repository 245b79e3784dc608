package org.trasloco.invites.kit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.trasloco.invites.qr.QrDecoding;

/** Reads a written PDF back the way a person and a phone would: its text, its fonts, its QR codes. */
final class PdfReading implements AutoCloseable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    PdfReading(byte[] pdf) {
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        renderer = new PDFRenderer(document);
    }

    PDDocument document() {
        return document;
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** The text of pages {@code from} to {@code to}, 0-based, inclusive. */
    String text(int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from + 1);
            stripper.setEndPage(to + 1);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return text(0, pages() - 1);
    }

    String page(int index) {
        return text(index, index);
    }

    /** The text without any whitespace: links broken over lines join up again. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The index of the first page whose text contains {@code needle}. */
    int pageWith(String needle) {
        for (int i = 0; i < pages(); i++) {
            if (page(i).contains(needle)) {
                return i;
            }
        }
        throw new AssertionError("no page contains " + needle);
    }

    /** How many characters of a page are set at each font size (rounded to tenths of a point). */
    Map<Float, Integer> fontSizes(int index) {
        Map<Float, Integer> sizes = new HashMap<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        if (!position.getUnicode().isBlank()) {
                            sizes.merge(Math.round(position.getFontSizeInPt() * 10) / 10f, 1, Integer::sum);
                        }
                    }
                }
            };
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    /** The font size most characters of a page are set in: its body text. */
    float bodySize(int index) {
        return fontSizes(index).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Every font used on every page. */
    List<PDFont> fonts() {
        List<PDFont> fonts = new ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    BufferedImage render(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Crops a placed QR code (plus a margin) out of a page rendered at {@code dpi} and decodes it. */
    static Optional<String> decode(BufferedImage page, PlacedQr qr, float pageHeight, float dpi) {
        float scale = dpi / 72f;
        float margin = 6;
        int x = Math.max(0, Math.round((qr.x() - margin) * scale));
        int y = Math.max(0, Math.round((pageHeight - qr.y() - qr.size() - margin) * scale));
        int side = Math.round((qr.size() + margin * 2) * scale);
        BufferedImage crop = page.getSubimage(x, y, Math.min(side, page.getWidth() - x), Math.min(side, page.getHeight() - y));
        return QrDecoding.decode(crop);
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
