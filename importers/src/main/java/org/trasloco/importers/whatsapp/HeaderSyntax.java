package org.trasloco.importers.whatsapp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shapes of a WhatsApp message header. One export uses one shape throughout; the reader picks
 * the one most lines match and, from then on, only lines of that shape start a message.
 *
 * <p>Groups, shared by every shape: 1 first date field, 2 date separator, 3 second field, 4 third
 * field, 5 day period written before the time (Korean, Chinese, Japanese), 6 hour, 7 minute,
 * 8 second, 9 day period after the time ({@code PM}, {@code p. m.}, {@code nachm.}). The text after
 * the header ("rest") starts where the match ends. {@code \h} matches the no-break spaces (U+00A0,
 * U+202F) that exports put inside times, which Java's {@code \s} would not.
 */
enum HeaderSyntax {
    /** {@code 14/02/2024, 09:12 - Name: text} (Android, every year). */
    ANDROID("android", Shape.DATE + ",?\\h(?:klo\\h|à\\h)?" + Shape.TIME + "\\h-\\h"),
    /** {@code [2/3/24, 6:20:05 PM] Name: text} (iPhone). */
    IOS("ios", "\\[" + Shape.MARKS + Shape.DATE + ",?\\h" + Shape.TIME + "\\]\\h?"),
    /** {@code 06.08.13, 19:55:10: Name: text} (both platforms, 2012–2016). */
    LEGACY("legacy", Shape.DATE + ",?\\h" + Shape.TIME + ":\\h"),
    /** {@code 02-12-18 22:55:45 Name: text} (old exports without any separator). */
    BARE("bare", Shape.DATE + ",?\\h" + Shape.TIME + "\\h");

    /** The order in which a line is counted for a shape when choosing the shape of a file. */
    static final List<HeaderSyntax> PRIORITY = List.of(ANDROID, IOS, LEGACY, BARE);

    static final int D1 = 1;
    static final int D2 = 3;
    static final int D3 = 4;
    static final int PERIOD_BEFORE = 5;
    static final int HOUR = 6;
    static final int MINUTE = 7;
    static final int SECOND = 8;
    static final int PERIOD_AFTER = 9;

    private final String id;
    private final Pattern pattern;

    HeaderSyntax(String id, String body) {
        this.id = id;
        this.pattern = Pattern.compile("^" + Shape.MARKS + body);
    }

    /** A short name for reports: {@code android}, {@code ios}, {@code legacy}, {@code bare}. */
    String id() {
        return id;
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether the line's first visible character can start this shape (a cheap test before the regex). */
    boolean mayStart(String line) {
        int i = 0;
        int length = line.length();
        while (i < length && Shape.isMark(line.charAt(i))) {
            i++;
        }
        if (i >= length) {
            return false;
        }
        char c = line.charAt(i);
        return this == IOS ? c == '[' : c >= '0' && c <= '9';
    }

    /** The building blocks of the header patterns. */
    static final class Shape {
        static final String MARKS = "[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]*";
        /** Right-to-left exports put marks between the fields of a date. */
        private static final String GAP = "[\\u200E\\u200F\\u061C]*";
        static final String DATE = "(\\d{1,4})" + GAP + "([./-])" + GAP + "\\h?" + GAP + "(\\d{1,2})" + GAP + "\\2" + GAP
                + "\\h?" + GAP + "(\\d{1,4})\\.?" + GAP;
        static final String TIME = "(?:(오전|오후|上午|下午|午前|午後)\\h?)?"
                + GAP + "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?" + GAP
                + "(?:\\h?((?i:[ap]\\.?\\h?m\\.?)|vorm\\.|nachm\\.|π\\.\\h?μ\\.|μ\\.\\h?μ\\.|ص|م))?" + GAP;

        private Shape() {
        }

        /** The invisible marks exports put around headers and names (bidi controls, BOM). */
        static boolean isMark(char c) {
            return c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
        }
    }
}
