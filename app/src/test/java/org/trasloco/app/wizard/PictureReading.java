package org.trasloco.app.wizard;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads back what the wizard shows and writes: the QR codes on screen, the text of a saved PDF. */
final class PictureReading {

    private PictureReading() {
    }

    /** What a QR code shown by the wizard holds. */
    static String qrCode(Image picture) {
        int width = (int) picture.getWidth();
        int height = (int) picture.getHeight();
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = picture.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                copy.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(copy))))
                    .getText();
        } catch (ReaderException e) {
            throw new AssertionError("the picture is not a readable QR code", e);
        }
    }

    /** The text of a PDF, with its number of pages. */
    static Pdf pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new Pdf(document.getNumberOfPages(), new PDFTextStripper().getText(document));
        }
    }

    /** A PDF read back. */
    record Pdf(int pages, String text) {
    }
}
