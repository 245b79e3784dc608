package org.trasloco.invites.explainers;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of an explainer and the sources of its claims.
 *
 * @param text the paragraph's text
 * @param style how it is set
 * @param sources the sources, in citation order; empty for advice and opinion, never for a fact
 */
public record Paragraph(ExplainerText text, Style style, List<Source> sources) {

    /** How a paragraph is set. */
    public enum Style {
        /** Ordinary body text. */
        BODY,
        /** A real case, set apart. */
        CASE,
        /** A sub-heading. */
        HEADING,
        /** A point in a list. */
        BULLET,
        /** Something the reader can do, highlighted. */
        CALL_TO_ACTION,
        /** The picture of one message locked once for each device; the text is its caption. */
        DEVICES_PICTURE
    }

    /**
     * Checks and copies.
     *
     * @param text the text
     * @param style the style
     * @param sources the sources
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        sources = List.copyOf(sources);
    }
}
