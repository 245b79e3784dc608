package org.trasloco.invites.kit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Pictures of a printable's pages, for showing it before it is saved or printed (the wizard's
 * preview, the documentation's screenshots).
 */
public final class PdfPreview {

    private PdfPreview() {
    }

    /**
     * Renders every page.
     *
     * @param pdf the document, as written by {@link KitBook#write}
     * @param dotsPerInch the resolution (72 is the paper's own size in points)
     * @return one picture per page, in order
     * @throws TraslocoException {@code BAD_INPUT} when the bytes are not a readable PDF
     */
    public static List<BufferedImage> pages(byte[] pdf, float dotsPerInch) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>(document.getNumberOfPages());
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dotsPerInch, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, LocalizedText.of(KitText.PREVIEW_UNREADABLE), e);
        }
    }
}
