package org.trasloco.invites.typeset;

import java.util.List;

/**
 * One laid-out line: pieces of text in their styles, left to right.
 *
 * @param pieces the pieces
 * @param width the width of the line in points
 * @param height the line's height (the largest size on it times the leading)
 * @param size the largest font size on the line
 */
public record TextLine(List<Piece> pieces, float width, float height, float size) {

    /**
     * Text in one style on a line.
     *
     * @param text the text
     * @param style the style
     * @param width its width in points
     */
    public record Piece(String text, TextStyle style, float width) {
    }

    /** The distance from the line's top to its baseline. */
    public float baselineOffset() {
        return (height - size) / 2 + size * 0.8f;
    }

    /** The line's text, for links that need to know where they were printed. */
    public String text() {
        StringBuilder text = new StringBuilder();
        pieces.forEach(piece -> text.append(piece.text()));
        return text.toString();
    }
}
