package org.trasloco.invites.qr;

import java.util.BitSet;
import java.util.Objects;

/**
 * A QR code as a square grid of modules, without its quiet zone (the white border readers need,
 * {@link #QUIET_ZONE} modules wide on every side, which whoever draws it must leave free).
 *
 * @param content the text the code carries
 * @param size the number of modules per side
 * @param dark which modules are dark, row by row ({@code y * size + x})
 */
public record QrCode(String content, int size, BitSet dark) {

    /** The quiet zone ISO/IEC 18004 asks for, in modules. */
    public static final int QUIET_ZONE = 4;

    /**
     * Checks and copies.
     *
     * @param content the text the code carries
     * @param size modules per side
     * @param dark the dark modules
     */
    public QrCode {
        Objects.requireNonNull(content, "content");
        if (size < 21) {
            throw new IllegalArgumentException("a QR code has at least 21 modules per side: " + size);
        }
        dark = (BitSet) dark.clone();
    }

    /**
     * Whether a module is dark.
     *
     * @param x column, 0 at the left
     * @param y row, 0 at the top
     * @return true for a dark module
     */
    public boolean isDark(int x, int y) {
        return dark.get(y * size + x);
    }

    /** Modules per side including the quiet zone on both sides. */
    public int sizeWithQuietZone() {
        return size + 2 * QUIET_ZONE;
    }

    @Override
    public BitSet dark() {
        return (BitSet) dark.clone();
    }
}
