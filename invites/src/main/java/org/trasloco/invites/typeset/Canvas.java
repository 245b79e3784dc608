package org.trasloco.invites.typeset;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.util.Matrix;

/**
 * Drawing on one page, in PDF coordinates (points, origin at the bottom left). Text is set line by
 * line from {@link TextLine}s; I/O errors of the in-memory document become unchecked. Used by the
 * printable kits and by other modules that print (the keepsake book).
 */
public final class Canvas implements Closeable {

    /** Bézier handle length for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private final PDPage page;
    private final PDPageContentStream stream;
    private final int index;

    /**
     * Draws on a page through a content stream the caller opened; {@link #close()} closes the stream.
     *
     * @param page the page
     * @param stream its content stream
     * @param index the page's index in the document, 0-based
     */
    public Canvas(PDPage page, PDPageContentStream stream, int index) {
        this.page = page;
        this.stream = stream;
        this.index = index;
    }

    /** The page's index in the document, 0-based. */
    public int index() {
        return index;
    }

    /** The page's width in points. */
    public float width() {
        return page.getMediaBox().getWidth();
    }

    /** The page's height in points. */
    public float height() {
        return page.getMediaBox().getHeight();
    }

    /** Draws lines from {@code top} down, left-aligned at {@code x}; returns the height used. */
    public float lines(List<TextLine> lines, float x, float top) {
        float y = top;
        for (TextLine line : lines) {
            line(line, x, y);
            y -= line.height();
        }
        return top - y;
    }

    /** Draws lines centred on {@code centreX}; returns the height used. */
    public float centred(List<TextLine> lines, float centreX, float top) {
        float y = top;
        for (TextLine line : lines) {
            line(line, centreX - line.width() / 2, y);
            y -= line.height();
        }
        return top - y;
    }

    /** Draws one line with its top at {@code top}. */
    public void line(TextLine line, float x, float top) {
        float baseline = top - line.baselineOffset();
        float at = x;
        try {
            for (TextLine.Piece piece : line.pieces()) {
                color(piece.style().color());
                for (FontFace.Run run : piece.style().face().runs(piece.text())) {
                    stream.beginText();
                    stream.setFont(run.font(), piece.style().size());
                    stream.newLineAtOffset(at, baseline);
                    stream.showText(run.text());
                    stream.endText();
                    at += FontFace.width(run, piece.style().size());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle; x, y is its lower left corner. */
    public void rect(float x, float y, float w, float h, Rgb fill) {
        try {
            color(fill);
            stream.addRect(x, y, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rounded rectangle, filled and/or outlined (either may be {@code null}). */
    public void roundRect(float x, float y, float w, float h, float r, Rgb fill, Rgb stroke) {
        try {
            float k = r * KAPPA;
            stream.moveTo(x + r, y);
            stream.lineTo(x + w - r, y);
            stream.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
            stream.lineTo(x + w, y + h - r);
            stream.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
            stream.lineTo(x + r, y + h);
            stream.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
            stream.lineTo(x, y + r);
            stream.curveTo(x, y + r - k, x + r - k, y, x + r, y);
            stream.closePath();
            paint(fill, stroke, 0.8f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled circle. */
    public void circle(float cx, float cy, float r, Rgb fill) {
        try {
            float k = r * KAPPA;
            stream.moveTo(cx + r, cy);
            stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            stream.closePath();
            paint(fill, null, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A straight line; {@code dash} 0 for solid. */
    public void stroke(float x1, float y1, float x2, float y2, Rgb color, float width, float dash) {
        try {
            stream.setStrokingColor(color.r(), color.g(), color.b());
            stream.setLineWidth(width);
            stream.setLineDashPattern(dash > 0 ? new float[] {dash, dash} : new float[0], 0);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
            stream.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled triangle. */
    public void triangle(float x1, float y1, float x2, float y2, float x3, float y3, Rgb fill) {
        try {
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.lineTo(x3, y3);
            stream.closePath();
            paint(fill, null, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An upside-down U (a padlock's shackle) standing on {@code bottom}, centred on {@code cx}. */
    public void shackle(float cx, float bottom, float width, float height, Rgb color, float lineWidth) {
        try {
            float r = width / 2;
            float k = r * KAPPA;
            float top = bottom + height;
            stream.setStrokingColor(color.r(), color.g(), color.b());
            stream.setLineWidth(lineWidth);
            stream.moveTo(cx - r, bottom);
            stream.lineTo(cx - r, top - r);
            stream.curveTo(cx - r, top - r + k, cx - k, top, cx, top);
            stream.curveTo(cx + k, top, cx + r, top - r + k, cx + r, top - r);
            stream.lineTo(cx + r, bottom);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Places a form (a QR code) scaled to {@code size} with its lower left corner at x, y. */
    public void form(PDFormXObject form, float x, float y, float size) {
        try {
            stream.saveGraphicsState();
            float scale = size / form.getBBox().getWidth();
            stream.transform(new Matrix(scale, 0, 0, scale, x, y));
            stream.drawForm(form);
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Places a picture with its lower left corner at x, y, scaled to the given size.
     *
     * @param image the picture, embedded in the page's document
     * @param x left edge
     * @param y bottom edge
     * @param w width in points
     * @param h height in points
     */
    public void image(PDImageXObject image, float x, float y, float w, float h) {
        try {
            stream.drawImage(image, x, y, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a rectangle clickable in PDF viewers, opening {@code url}. */
    public void link(float x, float y, float w, float h, String url) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y, w, h));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        link.setAction(action);
        try {
            page.getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paint(Rgb fill, Rgb stroke, float strokeWidth) throws IOException {
        if (fill != null) {
            color(fill);
        }
        if (stroke != null) {
            stream.setStrokingColor(stroke.r(), stroke.g(), stroke.b());
            stream.setLineWidth(strokeWidth);
        }
        if (fill != null && stroke != null) {
            stream.fillAndStroke();
        } else if (fill != null) {
            stream.fill();
        } else if (stroke != null) {
            stream.stroke();
        }
    }

    private void color(Rgb color) throws IOException {
        stream.setNonStrokingColor(color.r(), color.g(), color.b());
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
