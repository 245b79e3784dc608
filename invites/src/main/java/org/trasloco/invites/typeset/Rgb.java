package org.trasloco.invites.typeset;

/**
 * A colour, each channel 0 to 1.
 *
 * @param r red
 * @param g green
 * @param b blue
 */
public record Rgb(float r, float g, float b) {

    /** White. */
    public static final Rgb WHITE = hex(0xFFFFFF);
    /** Text. */
    public static final Rgb INK = hex(0x1F2933);
    /** Secondary text. */
    public static final Rgb MUTED = hex(0x52606D);
    /** Headings, bands, numbers: a calm teal. */
    public static final Rgb ACCENT = hex(0x0F766E);
    /** Links and the address: darker teal, good contrast on white and on the soft tint. */
    public static final Rgb ACCENT_DARK = hex(0x115E59);
    /** Backgrounds of boxes. */
    public static final Rgb ACCENT_SOFT = hex(0xE6F4F1);
    /** The call to action's background. */
    public static final Rgb WARM_SOFT = hex(0xFEF3C7);
    /** The call to action's bar. */
    public static final Rgb WARM = hex(0xB45309);
    /** Rules and cut lines. */
    public static final Rgb RULE = hex(0xB8C2CC);

    /** A colour from {@code 0xRRGGBB}. */
    public static Rgb hex(int rgb) {
        return new Rgb((rgb >> 16 & 0xFF) / 255f, (rgb >> 8 & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    }
}
