package org.trasloco.app.wizard.common;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

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
}
