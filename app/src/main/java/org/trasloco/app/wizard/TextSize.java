package org.trasloco.app.wizard;

/** The text-size setting: everything in the window scales with it (sizes in the stylesheet are in em). */
public enum TextSize {
    /** The theme's size. */
    NORMAL(14),
    /** For tired eyes. */
    LARGE(18),
    /** For people who usually need glasses to read a phone. */
    EXTRA_LARGE(23);

    private final int pixels;

    TextSize(int pixels) {
        this.pixels = pixels;
    }

    /** The root font size in pixels. */
    public int pixels() {
        return pixels;
    }

    /** The inline style that applies this size to a scene's root. */
    public String rootStyle() {
        return "-fx-font-size: " + pixels + "px;";
    }
}
