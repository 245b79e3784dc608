package org.trasloco.invites.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import java.util.Objects;

/**
 * Makes QR codes with ZXing for printed paper: error correction level Q (about a quarter of the
 * code may be smudged, folded or covered and it still reads), UTF-8 content, the smallest version
 * that fits.
 */
public final class QrEncoder {

    /** Level Q: restores up to about 25 % of damaged codewords, a good balance for paper. */
    public static final ErrorCorrectionLevel PRINT_ERROR_CORRECTION = ErrorCorrectionLevel.Q;

    private static final Map<EncodeHintType, Object> HINTS =
            Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());

    private QrEncoder() {
    }

    /**
     * Encodes a text.
     *
     * @param content the text, e.g. an https landing link
     * @return the code
     * @throws IllegalArgumentException when the text is too long for any QR code at level Q
     */
    public static QrCode encode(String content) {
        Objects.requireNonNull(content, "content");
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(content, PRINT_ERROR_CORRECTION, HINTS).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + content.length() + " characters", e);
        }
        int size = matrix.getWidth();
        BitSet dark = new BitSet(size * size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y) == 1) {
                    dark.set(y * size + x);
                }
            }
        }
        return new QrCode(content, size, dark);
    }
}
