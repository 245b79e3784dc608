package org.trasloco.importers.whatsapp;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import org.trasloco.core.time.DateOrder;

/**
 * Matches lines against one {@link HeaderSyntax} and reads the fields of the last match. Reuses one
 * matcher, so it is cheap per line; not thread-safe.
 */
final class HeaderLine {

    private final HeaderSyntax syntax;
    private final Matcher matcher;
    /** The matched line, with Arabic-script digits and comma replaced one for one by ASCII ones. */
    private String line;
    private String original;

    HeaderLine(HeaderSyntax syntax) {
        this.syntax = syntax;
        this.matcher = syntax.pattern().matcher("");
    }

    HeaderSyntax syntax() {
        return syntax;
    }

    /** Whether {@code candidate} starts with a header of this syntax; the fields then describe it. */
    boolean match(String candidate) {
        String view = asciiDigits(candidate);
        if (!syntax.mayStart(view)) {
            return false;
        }
        matcher.reset(view);
        if (matcher.lookingAt()) {
            line = view;
            original = candidate;
            return true;
        }
        return false;
    }

    /**
     * Arabic exports write dates with Arabic-Indic digits and the Arabic comma. Replacing them char
     * for char keeps every offset, so the text after the header is taken verbatim from the original.
     */
    private static String asciiDigits(String candidate) {
        char[] chars = null;
        int limit = Math.min(candidate.length(), 64);
        for (int i = 0; i < limit; i++) {
            char c = candidate.charAt(i);
            char replacement = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0')
                    : c == '\u060C' ? ',' : c;
            if (replacement != c) {
                if (chars == null) {
                    chars = candidate.toCharArray();
                }
                chars[i] = replacement;
            }
        }
        return chars == null ? candidate : new String(chars);
    }

    int d1() {
        return number(HeaderSyntax.D1);
    }

    int d1Digits() {
        return matcher.end(HeaderSyntax.D1) - matcher.start(HeaderSyntax.D1);
    }

    int d2() {
        return number(HeaderSyntax.D2);
    }

    int d3() {
        return number(HeaderSyntax.D3);
    }

    int d3Digits() {
        return matcher.end(HeaderSyntax.D3) - matcher.start(HeaderSyntax.D3);
    }

    /** The text after the header: "Name: text" or a system text. */
    String rest() {
        return original.substring(matcher.end());
    }

    /**
     * The wall-clock time the header states, read in {@code order}.
     *
     * @return the time, or {@code null} when no such date or time exists in that order
     */
    LocalDateTime timestamp(DateOrder order) {
        int year;
        int month;
        int day;
        int yearDigits;
        switch (order) {
            case DMY -> {
                day = d1();
                month = d2();
                year = d3();
                yearDigits = d3Digits();
            }
            case MDY -> {
                month = d1();
                day = d2();
                year = d3();
                yearDigits = d3Digits();
            }
            default -> {
                year = d1();
                month = d2();
                day = d3();
                yearDigits = d1Digits();
            }
        }
        if (yearDigits == 2) {
            year += 2000;
        } else if (yearDigits != 4) {
            return null;
        }
        int hour = number(HeaderSyntax.HOUR);
        int minute = number(HeaderSyntax.MINUTE);
        int second = matcher.start(HeaderSyntax.SECOND) >= 0 ? number(HeaderSyntax.SECOND) : 0;
        Boolean afternoon = afternoon();
        if (afternoon != null) {
            if (hour > 12) {
                return null;
            }
            // "12 AM" is midnight, "12 PM" noon; "00:08 a. m." occurs too.
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** {@code true} for PM, {@code false} for AM, {@code null} on a 24-hour clock. */
    private Boolean afternoon() {
        int group = matcher.start(HeaderSyntax.PERIOD_AFTER) >= 0 ? HeaderSyntax.PERIOD_AFTER
                : matcher.start(HeaderSyntax.PERIOD_BEFORE) >= 0 ? HeaderSyntax.PERIOD_BEFORE : -1;
        if (group < 0) {
            return null;
        }
        String period = matcher.group(group);
        char first = Character.toLowerCase(period.charAt(0));
        return switch (first) {
            case 'p' -> true;
            case 'a', 'v', 'π', 'ص' -> false;
            case 'n', 'μ', 'م' -> true;
            default -> period.equals("오후") || period.equals("下午") || period.equals("午後");
        };
    }

    private int number(int group) {
        return Integer.parseInt(line, matcher.start(group), matcher.end(group), 10);
    }
}
