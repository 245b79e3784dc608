package org.trasloco.invites.kit;

import java.util.List;

/**
 * Text in one style, the input of {@link TextLayout}.
 *
 * @param text the text; {@code \n} breaks the line
 * @param style its style
 */
record Span(String text, TextStyle style) {

    static List<Span> of(String text, TextStyle style) {
        return List.of(new Span(text, style));
    }
}
