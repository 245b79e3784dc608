package org.trasloco.invites.typeset;

/**
 * How a stretch of text is set.
 *
 * @param face regular or bold, with fallbacks
 * @param size the size in points
 * @param color the colour
 */
public record TextStyle(FontFace face, float size, Rgb color) {

    /** This style in another colour. */
    public TextStyle withColor(Rgb other) {
        return new TextStyle(face, size, other);
    }

    /** This style at another size. */
    public TextStyle withSize(float other) {
        return new TextStyle(face, other, color);
    }

    /** The width of text set in this style, in points. */
    public float width(String text) {
        return face.width(text, size);
    }
}
