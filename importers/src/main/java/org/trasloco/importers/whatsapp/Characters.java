package org.trasloco.importers.whatsapp;

/** The character classes exports are made of, tested without regular expressions (they run on every line). */
final class Characters {

    private Characters() {
    }

    /** The invisible marks exports put around headers and names (bidi controls, byte-order mark). */
    static boolean isMark(char c) {
        return c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    /** Marks right-to-left exports put between the fields of a date (also the Arabic letter mark). */
    static boolean isGapMark(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /**
     * Horizontal white space as Java's {@code \h}: space, tab, no-break space (U+00A0), narrow
     * no-break space (U+202F), thin spaces…, which {@link Character#isWhitespace} partly misses.
     */
    static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
