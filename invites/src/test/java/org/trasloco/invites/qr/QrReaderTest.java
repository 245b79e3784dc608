package org.trasloco.invites.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.testing.BundleAssertions;

/**
 * Reads invitation codes from picture files as people have them: the PNG the encoder writes, a
 * screenshot with the code somewhere in it, a code saved with a transparent background, a
 * dark-mode screenshot, a tilted JPEG photo.
 */
class QrReaderTest {

    private static final String ACCOUNT_INVITE = "xmpp:serviziliberi.it?register;preauth=Zm9vYmFyYmF6cXV4MTIzNDU2";
    private static final String LANDING = "https://xmpp.link/#localhost?register;preauth=Zm9vYmFyYmF6cXV4MTIzNDU2";

    @TempDir
    Path dir;

    @Test
    void readsThePngTheEncoderWrites() throws IOException {
        Path png = dir.resolve("invite.png");
        try (OutputStream out = Files.newOutputStream(png)) {
            QrPng.write(QrEncoder.encode(ACCOUNT_INVITE), 6, out);
        }
        assertEquals(ACCOUNT_INVITE, QrReader.read(png));
    }

    @Test
    void findsASmallCodeInABiggerScreenshot() throws IOException {
        BufferedImage screen = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screen.createGraphics();
        g.setColor(new Color(0xF2F4F5));
        g.fillRect(0, 0, 1280, 800);
        g.setColor(new Color(0x3B4A55));
        for (int y = 40; y < 760; y += 36) {
            g.fillRect(60, y, 520, 14);
        }
        g.drawImage(QrPng.image(QrEncoder.encode(LANDING), 3), 820, 300, null);
        g.dispose();
        assertEquals(LANDING, QrReader.read(save(screen, "screenshot.png", "png")));
    }

    @Test
    void aTransparentBackgroundCountsAsWhite() throws IOException {
        BufferedImage code = QrPng.image(QrEncoder.encode(ACCOUNT_INVITE), 5);
        BufferedImage clear = new BufferedImage(code.getWidth(), code.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                // Dark modules opaque black, the rest fully transparent (and black underneath).
                clear.setRGB(x, y, code.getRGB(x, y) == 0xFF000000 ? 0xFF000000 : 0x00000000);
            }
        }
        assertEquals(ACCOUNT_INVITE, QrReader.read(save(clear, "transparent.png", "png")));
    }

    @Test
    void readsALightCodeOnADarkBackground() throws IOException {
        BufferedImage code = QrPng.image(QrEncoder.encode(ACCOUNT_INVITE), 5);
        BufferedImage dark = new BufferedImage(code.getWidth(), code.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                dark.setRGB(x, y, code.getRGB(x, y) == 0xFF000000 ? 0xEEEEEE : 0x121212);
            }
        }
        assertEquals(ACCOUNT_INVITE, QrReader.read(save(dark, "dark-mode.png", "png")));
    }

    @Test
    void readsATiltedJpegPhoto() throws IOException {
        BufferedImage code = QrPng.image(QrEncoder.encode(LANDING), 6);
        BufferedImage photo = new BufferedImage(code.getWidth() + 240, code.getHeight() + 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(0xD8D2C4));
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        AffineTransform tilt = AffineTransform.getRotateInstance(Math.toRadians(8), photo.getWidth() / 2.0,
                photo.getHeight() / 2.0);
        tilt.translate(120, 120);
        g.drawImage(code, tilt, null);
        g.dispose();
        Path jpeg = dir.resolve("photo.jpg");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam quality = writer.getDefaultWriteParam();
        quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        quality.setCompressionQuality(0.6f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(jpeg.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(photo, null, null), quality);
        } finally {
            writer.dispose();
        }
        assertEquals(LANDING, QrReader.read(jpeg));
    }

    @Test
    void saysWhenAPictureHoldsNoCode() throws IOException {
        BufferedImage plain = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Path file = save(plain, "holiday.png", "png");
        assertEquals(Optional.empty(), QrReader.read(plain));
        TraslocoException error = assertThrows(TraslocoException.class, () -> QrReader.read(file));
        assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
        assertEquals("No QR code could be read in holiday.png. Choose a sharp picture in which the whole code is "
                + "visible, or paste the link instead.", error.message(Locale.ENGLISH));
    }

    @Test
    void saysWhenAFileIsNotAPicture() throws IOException {
        for (Path file : new Path[] {Files.writeString(dir.resolve("invite.txt"), ACCOUNT_INVITE),
                Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}),
                dir.resolve("missing.png")}) {
            TraslocoException error = assertThrows(TraslocoException.class, () -> QrReader.read(file));
            assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
            String message = error.message(Locale.ITALIAN);
            assertTrue(message.startsWith(file.getFileName() + " non si riesce a leggere come immagine."), message);
        }
    }

    @Test
    void everyTextIsTranslated() {
        BundleAssertions.assertComplete(QrText.class);
    }

    private Path save(BufferedImage image, String name, String format) throws IOException {
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(image, format, file.toFile()));
        return file;
    }
}
