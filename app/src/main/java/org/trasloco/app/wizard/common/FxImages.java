package org.trasloco.app.wizard.common;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.trasloco.invites.qr.QrEncoder;
import org.trasloco.invites.qr.QrPng;

/** Pictures made by the library modules (a kit's pages, a QR code) as JavaFX images. */
public final class FxImages {

    private FxImages() {
    }

    /**
     * Copies a picture.
     *
     * @param picture the picture
     * @return the same picture for JavaFX
     */
    public static Image of(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        WritableImage image = new WritableImage(width, height);
        PixelWriter pixels = image.getPixelWriter();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            picture.getRGB(0, y, width, 1, row, 0, width);
            pixels.setPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
        }
        return image;
    }

    /**
     * A QR code as a picture, sharp when shown larger (each module several pixels, drawn without smoothing).
     *
     * @param content what the code holds, e.g. a landing link
     * @return the picture, with its quiet zone
     */
    public static Image qrCode(String content) {
        return of(QrPng.image(QrEncoder.encode(content), 8));
    }
}
