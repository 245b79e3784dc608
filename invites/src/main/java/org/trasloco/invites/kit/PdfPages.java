package org.trasloco.invites.kit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * A printable's pages as pictures, one at a time on request: printing the kits of a whole workshop
 * never holds all their pages as pictures at once. Thread-safe; close it when done.
 */
public final class PdfPages implements AutoCloseable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /**
     * Opens a document.
     *
     * @param pdf the document, as written by {@link KitBook#write}
     * @return its pages
     * @throws TraslocoException {@code BAD_INPUT} when the bytes are not a readable PDF
     */
    public static PdfPages open(byte[] pdf) {
        try {
            return new PdfPages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The number of pages. */
    public int count() {
        return document.getNumberOfPages();
    }

    /**
     * Draws one page.
     *
     * @param index the page, from 0
     * @param dotsPerInch the resolution (72 is the paper's own size in points)
     * @return the picture
     * @throws TraslocoException {@code BAD_INPUT} when the page cannot be drawn
     */
    public synchronized BufferedImage render(int index, float dotsPerInch) {
        try {
            return renderer.renderImageWithDPI(index, dotsPerInch, ImageType.RGB);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TraslocoException unreadable(IOException e) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, LocalizedText.of(KitText.PREVIEW_UNREADABLE), e);
    }
}
