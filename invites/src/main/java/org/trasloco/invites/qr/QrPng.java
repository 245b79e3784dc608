package org.trasloco.invites.qr;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/** Writes a QR code as a black-and-white PNG, quiet zone included, for screens and messages. */
public final class QrPng {

    private QrPng() {
    }

    /**
     * Renders the code.
     *
     * @param code the code
     * @param pixelsPerModule the side of one module in pixels (at least 1)
     * @return a one-bit image, white background
     */
    public static BufferedImage image(QrCode code, int pixelsPerModule) {
        if (pixelsPerModule < 1) {
            throw new IllegalArgumentException("pixelsPerModule must be at least 1: " + pixelsPerModule);
        }
        int side = code.sizeWithQuietZone() * pixelsPerModule;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster();
        int[] white = new int[side];
        java.util.Arrays.fill(white, 1);
        for (int y = 0; y < side; y++) {
            raster.setSamples(0, y, side, 1, 0, white);
        }
        int offset = QrCode.QUIET_ZONE * pixelsPerModule;
        int[] black = new int[pixelsPerModule * pixelsPerModule];
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.isDark(x, y)) {
                    raster.setSamples(offset + x * pixelsPerModule, offset + y * pixelsPerModule,
                            pixelsPerModule, pixelsPerModule, 0, black);
                }
            }
        }
        return image;
    }

    /**
     * Writes the code as PNG.
     *
     * @param code the code
     * @param pixelsPerModule the side of one module in pixels
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(QrCode code, int pixelsPerModule, OutputStream out) throws IOException {
        if (!ImageIO.write(image(code, pixelsPerModule), "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }
}
