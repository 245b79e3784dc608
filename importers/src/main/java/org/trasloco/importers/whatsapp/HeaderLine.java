package org.trasloco.importers.whatsapp;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import org.trasloco.core.time.DateOrder;

/**
 * Recognises the header of one {@link HeaderSyntax} at the start of a line and reads its fields.
 * A hand-written scanner (it runs on every line of exports with millions of lines) for this grammar,
 * where {@code h} is horizontal space including U+00A0 and U+202F, {@code MARKS} the bidi marks and
 * byte-order mark, {@code GAP} the marks right-to-left exports put between date fields:
 *
 * <pre>
 * header  = MARKS ["[" MARKS] date joint time tail          ("[" only and always for iOS)
 * date    = d{1,4} GAP sep GAP [h] GAP d{1,2} GAP sep GAP [h] GAP d{1,4} ["."] GAP   (sep: / . -, both the same)
 * joint   = [","] h ["klo" h | "à" h]                     ("klo", "à" only on Android)
 * time    = [before h?] GAP d{1,2} (":"|".") d{2} [(":"|".") d{2}] GAP [[h] after] GAP
 * before  = 오전 | 오후 | 上午 | 下午 | 午前 | 午後
 * after   = [aApP] ["."] [h] [mM] ["."] | vorm. | nachm. | π.[h]μ. | μ.[h]μ. | ص | م
 * tail    = h "-" h (Android) | "]" [h] (iOS) | ":" h (legacy) | h (bare)
 * </pre>
 *
 * Arabic-Indic digits and the Arabic comma are read as their ASCII counterparts, one for one, so
 * the text after the header is taken verbatim from the line. Not thread-safe; reuse one per reader.
 */
final class HeaderLine {

    private static final String[] PERIODS_BEFORE = {"오전", "오후", "上午", "下午", "午前", "午後"};

    private final HeaderSyntax syntax;
    private String line;
    private int position;
    private int d1;
    private int d1Digits;
    private int d2;
    private int d3;
    private int d3Digits;
    private int hour;
    private int minute;
    private int second;
    /** 1 afternoon, 0 morning, -1 a 24-hour clock. */
    private int afternoon;
    private int restStart;

    HeaderLine(HeaderSyntax syntax) {
        this.syntax = syntax;
    }

    HeaderSyntax syntax() {
        return syntax;
    }

    /** Whether {@code candidate} starts with a header of this syntax; the fields then describe it. */
    boolean match(String candidate) {
        line = candidate;
        position = 0;
        skipMarks();
        if (syntax == HeaderSyntax.IOS) {
            if (!accept('[')) {
                return false;
            }
            skipMarks();
        }
        if (!date() || !joint() || !time()) {
            return false;
        }
        int afterTime = position;
        space();
        int period = periodAfter();
        if (period >= 0) {
            skipGap();
            if (tail()) {
                afternoon = period;
                return true;
            }
        }
        // No day period after all: "… 10:00 am going" in a bare export is a time and then text.
        position = afterTime;
        return tail();
    }

    int d1() {
        return d1;
    }

    int d1Digits() {
        return d1Digits;
    }

    int d2() {
        return d2;
    }

    int d3() {
        return d3;
    }

    int d3Digits() {
        return d3Digits;
    }

    /** The text after the header: "Name: text" or a system text. */
    String rest() {
        return line.substring(restStart);
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
                day = d1;
                month = d2;
                year = d3;
                yearDigits = d3Digits;
            }
            case MDY -> {
                month = d1;
                day = d2;
                year = d3;
                yearDigits = d3Digits;
            }
            default -> {
                year = d1;
                month = d2;
                day = d3;
                yearDigits = d1Digits;
            }
        }
        if (yearDigits == 2) {
            year += 2000;
        } else if (yearDigits != 4) {
            return null;
        }
        int h = hour;
        if (afternoon >= 0) {
            if (h > 12) {
                return null;
            }
            // "12 AM" is midnight, "12 PM" noon; "00:08 a. m." occurs too.
            h = h % 12 + (afternoon == 1 ? 12 : 0);
        }
        if (month < 1 || month > 12 || h > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, h, minute, second);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private boolean date() {
        int start = position;
        d1 = number(4);
        d1Digits = position - start;
        if (d1Digits == 0) {
            return false;
        }
        skipGap();
        char separator = peek();
        if (separator != '/' && separator != '.' && separator != '-') {
            return false;
        }
        position++;
        skipGapAndOneSpace();
        start = position;
        d2 = number(2);
        if (position == start) {
            return false;
        }
        skipGap();
        if (!accept(separator)) {
            return false;
        }
        skipGapAndOneSpace();
        start = position;
        d3 = number(4);
        d3Digits = position - start;
        if (d3Digits == 0) {
            return false;
        }
        accept('.');
        skipGap();
        return true;
    }

    private boolean joint() {
        accept(',');
        if (!space()) {
            return false;
        }
        if (syntax == HeaderSyntax.ANDROID) {
            int before = position;
            if ((acceptWord("klo") || acceptWord("à")) && !space()) {
                position = before;
            }
        }
        return true;
    }

    /** The time and a day period written before it; leaves {@code afternoon} at -1 without one. */
    private boolean time() {
        afternoon = -1;
        for (String period : PERIODS_BEFORE) {
            if (line.startsWith(period, position)) {
                position += period.length();
                afternoon = period.equals("오후") || period.equals("下午") || period.equals("午後") ? 1 : 0;
                space();
                break;
            }
        }
        skipGap();
        int start = position;
        hour = number(2);
        if (position == start || !(accept(':') || accept('.'))) {
            return false;
        }
        minute = twoDigits();
        if (minute < 0) {
            return false;
        }
        second = 0;
        char next = peek();
        if ((next == ':' || next == '.') && isDigitAt(position + 1) && isDigitAt(position + 2)) {
            position++;
            second = twoDigits();
        }
        skipGap();
        return true;
    }

    /** A day period after the time: 1 afternoon, 0 morning, -1 none (then the position is unchanged). */
    private int periodAfter() {
        int start = position;
        char c = Character.toLowerCase(peek());
        if (c == 'a' || c == 'p') {
            position++;
            accept('.');
            space();
            if (Character.toLowerCase(peek()) == 'm') {
                position++;
                accept('.');
                return c == 'p' ? 1 : 0;
            }
        } else if (acceptWord("vorm.") || acceptGreekPeriod('π') || accept('ص')) {
            return 0;
        } else if (acceptWord("nachm.") || acceptGreekPeriod('μ') || accept('م')) {
            return 1;
        }
        position = start;
        return -1;
    }

    /** {@code π.μ.} (morning) or {@code μ.μ.} (afternoon), with an optional space inside. */
    private boolean acceptGreekPeriod(char first) {
        int start = position;
        if (accept(first) && accept('.')) {
            space();
            if (accept('μ') && accept('.')) {
                return true;
            }
        }
        position = start;
        return false;
    }

    private boolean tail() {
        switch (syntax) {
            case ANDROID -> {
                if (space() && accept('-') && space()) {
                    restStart = position;
                    return true;
                }
                return false;
            }
            case IOS -> {
                if (!accept(']')) {
                    return false;
                }
                space();
                restStart = position;
                return true;
            }
            case LEGACY -> {
                if (accept(':') && space()) {
                    restStart = position;
                    return true;
                }
                return false;
            }
            default -> {
                if (space()) {
                    restStart = position;
                    return true;
                }
                return false;
            }
        }
    }

    /** Reads up to {@code max} digits (ASCII or Arabic-Indic) as a number; none read leaves the position. */
    private int number(int max) {
        int value = 0;
        int read = 0;
        while (read < max && position < line.length()) {
            int digit = digitValue(line.charAt(position));
            if (digit < 0) {
                break;
            }
            value = value * 10 + digit;
            position++;
            read++;
        }
        return value;
    }

    private int twoDigits() {
        if (!isDigitAt(position) || !isDigitAt(position + 1)) {
            return -1;
        }
        int value = digitValue(line.charAt(position)) * 10 + digitValue(line.charAt(position + 1));
        position += 2;
        return value;
    }

    private boolean isDigitAt(int index) {
        return index < line.length() && digitValue(line.charAt(index)) >= 0;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    /** One horizontal space (at most: the grammar never has two). */
    private boolean space() {
        if (position < line.length() && Characters.isHorizontalSpace(line.charAt(position))) {
            position++;
            return true;
        }
        return false;
    }

    private boolean accept(char expected) {
        if (position < line.length()) {
            char c = line.charAt(position);
            if (c == expected || expected == ',' && c == '\u060C') {
                position++;
                return true;
            }
        }
        return false;
    }

    private boolean acceptWord(String word) {
        if (line.startsWith(word, position)) {
            position += word.length();
            return true;
        }
        return false;
    }

    private char peek() {
        return position < line.length() ? line.charAt(position) : '\0';
    }

    private void skipMarks() {
        while (position < line.length() && Characters.isMark(line.charAt(position))) {
            position++;
        }
    }

    private void skipGap() {
        while (position < line.length() && Characters.isGapMark(line.charAt(position))) {
            position++;
        }
    }

    private void skipGapAndOneSpace() {
        skipGap();
        space();
        skipGap();
    }
}
