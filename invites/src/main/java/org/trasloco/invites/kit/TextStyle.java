package org.trasloco.invites.kit;

/**
 * How a stretch of text is set.
 *
 * @param face regular or bold, with fallbacks
 * @param size the size in points
 * @param color the colour
 */
record TextStyle(FontFace face, float size, Rgb color) {

    TextStyle withColor(Rgb other) {
        return new TextStyle(face, size, other);
    }

    TextStyle withSize(float other) {
        return new TextStyle(face, other, color);
    }

    float width(String text) {
        return face.width(text, size);
    }
}
