package org.trasloco.core.history;

import java.util.Locale;
import java.util.Objects;

/**
 * A marked-up part of a message's text, kept for richer rendering later: a link with its target, a
 * mention with the person's id.
 *
 * @param kind what the span is
 * @param start index of the first character in the message text (UTF-16 units)
 * @param end index after the last character
 * @param target the link target or mentioned id, or {@code null} when the text itself is the target
 */
public record TextSpan(Kind kind, int start, int end, String target) {

    /** What a span marks. */
    public enum Kind {
        /** A web or mail link. */
        LINK,
        /** A mention of a person. */
        MENTION,
        /** A phone number. */
        PHONE,
        /** A hashtag or cashtag. */
        TAG,
        /** Bold, italic, code and other emphasis. */
        FORMAT;

        private final String id = name().toLowerCase(Locale.ROOT);

        /** The lower-case name used in files. */
        public String id() {
            return id;
        }
    }

    /**
     * Checks the components.
     *
     * @param kind what the span is
     * @param start first character
     * @param end after the last character
     * @param target the target or {@code null}
     */
    public TextSpan {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
