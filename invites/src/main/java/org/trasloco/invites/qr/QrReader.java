package org.trasloco.invites.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Reads the QR code in a picture with ZXing, as a phone camera would: a screenshot of an invitation,
 * a photo of a printed sheet, a code saved by a web page. Transparent backgrounds count as white,
 * and light codes on a dark background (dark-mode screenshots) are read too.
 */
public final class QrReader {

    /** The most pixels a picture may have (a 40-megapixel photo); more is not a picture of a code. */
    static final long MAX_PIXELS = 40_000_000L;

    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8");
    private static final List<Function<LuminanceSource, BinaryBitmap>> BINARIZERS = List.of(
            source -> new BinaryBitmap(new HybridBinarizer(source)),
            source -> new BinaryBitmap(new GlobalHistogramBinarizer(source)));

    private QrReader() {
    }

    /**
     * Reads the QR code of a picture file.
     *
     * @param file a PNG, JPEG, GIF or BMP picture
     * @return the text the code carries
     * @throws TraslocoException {@code BAD_INPUT} naming the file when it is not a picture, is too
     *     large, or holds no readable code
     */
    public static String read(Path file) {
        Objects.requireNonNull(file, "file");
        return read(load(file)).orElseThrow(() -> new TraslocoException(TraslocoException.Kind.BAD_INPUT,
                QrText.NOT_FOUND, file.getFileName()));
    }

    /**
     * Reads the QR code of a picture.
     *
     * @param picture the picture
     * @return the text the code carries, or empty when no code could be read
     */
    public static Optional<String> read(BufferedImage picture) {
        LuminanceSource source = luminance(onWhite(Objects.requireNonNull(picture, "picture")));
        for (LuminanceSource candidate : List.of(source, source.invert())) {
            for (Function<LuminanceSource, BinaryBitmap> binarizer : BINARIZERS) {
                Optional<String> text = decode(binarizer.apply(candidate));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decode(BinaryBitmap bitmap) {
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return Optional.empty();
        }
    }

    /** Reads the picture, after checking its size from its header. */
    private static BufferedImage load(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAPicture(file, null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, QrText.TOO_LARGE, file.getFileName(),
                            width, height);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (TraslocoException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Image readers throw unchecked exceptions on damaged files, too.
            throw notAPicture(file, e);
        }
    }

    private static TraslocoException notAPicture(Path file, Exception cause) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT,
                LocalizedText.of(QrText.NOT_A_PICTURE, file.getFileName()), cause);
    }

    /** The picture on a white background: transparent pixels become white, not black. */
    private static BufferedImage onWhite(BufferedImage picture) {
        if (!picture.getColorModel().hasAlpha() && picture.getType() == BufferedImage.TYPE_INT_RGB) {
            return picture;
        }
        BufferedImage flat = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = flat.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            graphics.drawImage(picture, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return flat;
    }

    private static LuminanceSource luminance(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
        return new RGBLuminanceSource(width, height, pixels);
    }
}
