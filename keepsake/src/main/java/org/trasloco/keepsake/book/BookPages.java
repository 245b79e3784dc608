package org.trasloco.keepsake.book;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.typeset.Canvas;
import org.trasloco.invites.typeset.Fonts;
import org.trasloco.invites.typeset.Rgb;
import org.trasloco.invites.typeset.Span;
import org.trasloco.invites.typeset.TextLayout;
import org.trasloco.invites.typeset.TextLine;
import org.trasloco.invites.typeset.TextStyle;

/**
 * The book being set: its document (page streams kept in a temporary file, not in memory, so a
 * book of thousands of pages fits in a small heap), the embedded fonts, the page being filled and
 * the cursor on it, and the bookmarks. Content flows down and onto new pages; footers with page
 * numbers are added once every page exists.
 */
final class BookPages implements Closeable {

    final PDDocument document;
    final Fonts fonts;
    final BookTheme theme;
    private final PaperFormat paper;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDOutlineItem part;
    private Canvas canvas;
    private float y;

    BookPages(PaperFormat paper, BookTheme theme) {
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        this.fonts = new Fonts(document);
        this.theme = theme;
        this.paper = paper;
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    float left() {
        return theme.margin();
    }

    float width() {
        return paper.width() - 2 * theme.margin();
    }

    float top() {
        return paper.height() - theme.margin();
    }

    float bottom() {
        return theme.margin() + theme.fine() * 2.4f;
    }

    float pageWidth() {
        return paper.width();
    }

    float textHeight() {
        return top() - bottom();
    }

    Canvas canvas() {
        return canvas;
    }

    float y() {
        return y;
    }

    void down(float height) {
        y -= height;
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    /** Finishes the page being filled and starts a new one. */
    void newPage() {
        finishPage();
        PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        document.addPage(page);
        try {
            canvas = new Canvas(page, new PDPageContentStream(document, page), document.getNumberOfPages() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    /** Starts a new page unless a block of this height fits below the cursor. */
    void ensure(float height) {
        if (canvas == null || (y - height < bottom() && y < top())) {
            newPage();
        }
    }

    /** Whether less than {@code share} of the text area is left on this page. */
    boolean lessThan(float share) {
        return canvas == null || (y - bottom()) < textHeight() * share;
    }

    void finishPage() {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
    }

    TextStyle style(boolean bold, float size, Rgb color) {
        return new TextStyle(bold ? fonts.bold() : fonts.regular(), size, color);
    }

    List<TextLine> wrap(List<Span> spans, float maxWidth) {
        return TextLayout.wrap(spans, maxWidth, theme.leading());
    }

    /**
     * Draws lines from the cursor down, breaking pages between lines.
     *
     * @param lines the lines (text in reading order; right-to-left runs are turned here)
     * @param x the left edge
     * @param maxWidth the width the lines were broken for
     * @param rightToLeft whether the paragraph reads right to left (its lines then end at the right edge)
     */
    void lines(List<TextLine> lines, float x, float maxWidth, boolean rightToLeft) {
        for (TextLine line : lines) {
            ensure(line.height());
            TextLine visual = visual(line, rightToLeft);
            float at = rightToLeft ? x + maxWidth - visual.width() : x;
            canvas.line(visual, at, y);
            y -= line.height();
        }
    }

    /** Draws lines centred on the page. */
    void centred(List<TextLine> lines) {
        for (TextLine line : lines) {
            ensure(line.height());
            canvas.line(visual(line, false), (paper.width() - line.width()) / 2, y);
            y -= line.height();
        }
    }

    private static TextLine visual(TextLine line, boolean rightToLeft) {
        boolean changed = false;
        List<TextLine.Piece> pieces = new java.util.ArrayList<>(line.pieces().size());
        for (TextLine.Piece piece : line.pieces()) {
            String shown = BidiText.visual(piece.text(), rightToLeft);
            changed |= !shown.equals(piece.text());
            pieces.add(new TextLine.Piece(shown, piece.style(), piece.width()));
        }
        if (rightToLeft && pieces.size() > 1) {
            java.util.Collections.reverse(pieces);
            changed = true;
        }
        return changed ? new TextLine(pieces, line.width(), line.height(), line.size()) : line;
    }

    /** Starts a part (a conversation) in the bookmarks, at the current page. */
    void bookmarkPart(String title) {
        part = item(title);
        outline.addLast(part);
    }

    /** Adds a chapter (a month) to the current part's bookmarks, at the current page. */
    void bookmarkChapter(String title) {
        PDOutlineItem chapter = item(title);
        if (part == null) {
            outline.addLast(chapter);
        } else {
            part.addLast(chapter);
        }
    }

    private PDOutlineItem item(String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(document.getPage(document.getNumberOfPages() - 1));
        destination.setTop((int) y);
        item.setDestination(destination);
        return item;
    }

    /** Writes "title · page n of m" at the foot of every page but the cover. */
    void footers(String title, Locale locale) {
        finishPage();
        int total = pageCount();
        TextStyle fine = style(false, theme.fine(), Rgb.MUTED);
        for (int i = 1; i < total; i++) {
            PDPage page = document.getPage(i);
            try (Canvas footer = new Canvas(page,
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true), i)) {
                List<TextLine> lines = TextLayout.wrap(Span.of(BookText.FOOTER.format(locale, title, i + 1, total), fine),
                        width(), theme.leading());
                footer.centred(lines, paper.width() / 2, theme.margin() + theme.fine() * 1.2f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        outline.openNode();
    }

    @Override
    public void close() {
        finishPage();
        fonts.close();
        try {
            document.close();
        } catch (IOException ignored) {
            // The temporary page streams go with the document; nothing of the user's is lost.
        }
    }
}
