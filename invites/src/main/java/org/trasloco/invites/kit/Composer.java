package org.trasloco.invites.kit;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;
import org.trasloco.invites.qr.QrCode;
import org.trasloco.invites.qr.QrEncoder;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Fonts;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.Span;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;
import org.trasloco.invites.typeset.TextStyle;

/**
 * The state of one PDF being composed: the document, its fonts, the theme, the current language,
 * the pages, and the record of every QR code and printed link. Pages are drawn through it.
 */
final class Composer implements Closeable {

    /** How far a QR module is grown into its neighbours, so renderers show no hairline seams. */
    private static final float SEAM = 0.02f;

    final PDDocument document;
    final Fonts fonts;
    final Theme theme;
    final PaperFormat paper;
    private Locale language = Locale.ENGLISH;
    private Canvas current;
    private final List<PlacedQr> qrCodes = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final Map<String, PDFormXObject> qrForms = new HashMap<>();

    Composer(PaperFormat paper, PrintSize size) {
        this.document = new PDDocument();
        this.fonts = new Fonts(document);
        this.theme = Theme.of(size);
        this.paper = paper;
    }

    void language(Locale value) {
        language = value;
    }

    Locale language() {
        return language;
    }

    /** Formats a text of this module in the current language. */
    String text(MessageKey key, Object... args) {
        return LocalizedText.of(key, args).format(language);
    }

    /** Closes the page being drawn and starts a new one. */
    Canvas newPage() {
        finishPage();
        PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        document.addPage(page);
        try {
            current = new Canvas(page, new PDPageContentStream(document, page), document.getNumberOfPages() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return current;
    }

    void finishPage() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    float left() {
        return theme.margin();
    }

    float right() {
        return paper.width() - theme.margin();
    }

    float contentWidth() {
        return right() - left();
    }

    float top() {
        return paper.height() - theme.margin();
    }

    /** The lowest y content may reach: the footer lives below it. */
    float bottom() {
        return theme.margin() + theme.fine() * 2.2f;
    }

    // Styles.

    TextStyle body() {
        return new TextStyle(fonts.regular(), theme.body(), Rgb.INK);
    }

    TextStyle bodyBold() {
        return new TextStyle(fonts.bold(), theme.body(), Rgb.INK);
    }

    TextStyle small() {
        return new TextStyle(fonts.regular(), theme.small(), Rgb.MUTED);
    }

    TextStyle smallBold() {
        return new TextStyle(fonts.bold(), theme.small(), Rgb.INK);
    }

    TextStyle fine() {
        return new TextStyle(fonts.regular(), theme.fine(), Rgb.MUTED);
    }

    TextStyle link() {
        return new TextStyle(fonts.regular(), theme.fine(), Rgb.ACCENT_DARK);
    }

    TextStyle h1() {
        return new TextStyle(fonts.bold(), theme.h1(), Rgb.ACCENT_DARK);
    }

    TextStyle h2() {
        return new TextStyle(fonts.bold(), theme.h2(), Rgb.ACCENT);
    }

    List<TextLine> wrap(String text, TextStyle style, float width) {
        return TextLayout.wrap(Span.of(text, style), width, theme.leading());
    }

    List<TextLine> wrap(List<Span> spans, float width) {
        return TextLayout.wrap(spans, width, theme.leading());
    }

    // QR codes and links, recorded for the result.

    /** Draws a QR code (quiet zone included in {@code size}), clickable, and records it. */
    void qr(Canvas canvas, String content, float x, float y, float size) {
        canvas.form(qrForm(content), x, y, size);
        canvas.link(x, y, size, size, content);
        qrCodes.add(new PlacedQr(canvas.index(), x, y, size, content));
    }

    /** Draws a link's lines, clickable, and records it as printed. */
    float printedLink(Canvas canvas, List<TextLine> lines, float x, float top, String url) {
        float height = canvas.lines(lines, x, top);
        canvas.link(x, top - height, TextLayout.width(lines), height, url);
        links.add(url);
        return height;
    }

    /** Records a link drawn some other way (centred text). */
    void recordLink(String url) {
        links.add(url);
    }

    List<PlacedQr> qrCodes() {
        return List.copyOf(qrCodes);
    }

    List<String> links() {
        return List.copyOf(links);
    }

    /** Writes "left · page n of m" at the foot of the pages from {@code first} to the last. */
    void footers(int first, String left) {
        finishPage();
        int total = pageCount() - first;
        for (int i = first; i < pageCount(); i++) {
            PDPage page = document.getPage(i);
            try (Canvas canvas = new Canvas(page,
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true), i)) {
                String footer = text(KitText.FOOTER, left, i - first + 1, total);
                List<TextLine> lines = wrap(footer, fine(), contentWidth());
                canvas.centred(lines, paper.width() / 2, theme.margin() + theme.fine() * 1.2f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private PDFormXObject qrForm(String content) {
        return qrForms.computeIfAbsent(content, text -> {
            QrCode code = QrEncoder.encode(text);
            int n = code.sizeWithQuietZone();
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(new PDRectangle(n, n));
            try (PDFormContentStream stream = new PDFormContentStream(form)) {
                stream.setNonStrokingColor(1f, 1f, 1f);
                stream.addRect(0, 0, n, n);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
                int q = QrCode.QUIET_ZONE;
                for (int y = 0; y < code.size(); y++) {
                    int x = 0;
                    while (x < code.size()) {
                        if (!code.isDark(x, y)) {
                            x++;
                            continue;
                        }
                        int start = x;
                        while (x < code.size() && code.isDark(x, y)) {
                            x++;
                        }
                        stream.addRect(q + start, n - q - y - 1 - SEAM, x - start + SEAM, 1 + SEAM);
                    }
                }
                stream.fill();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return form;
        });
    }

    @Override
    public void close() {
        try {
            finishPage();
        } finally {
            try {
                document.close();
            } catch (IOException ignored) {
                // Closing an in-memory document cannot fail in a way that matters.
            } finally {
                fonts.close();
            }
        }
    }
}
