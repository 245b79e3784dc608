package org.trasloco.invites.typeset;

import java.util.List;

/**
 * Text in one style, the input of {@link TextLayout}.
 *
 * @param text the text; {@code \n} breaks the line
 * @param style its style
 */
public record Span(String text, TextStyle style) {

    /** One span of text in one style, as a list. */
    public static List<Span> of(String text, TextStyle style) {
        return List.of(new Span(text, style));
    }
}
