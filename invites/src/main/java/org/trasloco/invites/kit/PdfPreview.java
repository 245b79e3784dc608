package org.trasloco.invites.kit;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.trasloco.core.error.TraslocoException;

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
        try (PdfPages pages = PdfPages.open(pdf)) {
            List<BufferedImage> pictures = new ArrayList<>(pages.count());
            for (int i = 0; i < pages.count(); i++) {
                pictures.add(pages.render(i, dotsPerInch));
            }
            return pictures;
        }
    }
}
