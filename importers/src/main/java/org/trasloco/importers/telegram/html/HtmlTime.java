package org.trasloco.importers.telegram.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as the HTML export writes it in a message's {@code title}: {@code 15.07.2024 14:30:00},
 * since 3.7.6 followed by the exporter's standard offset ({@code UTC+01:00}, on newer builds also
 * {@code GMT+01:00}, a bare {@code UTC} for zero).
 *
 * @param wallClock the local time as written
 * @param standardOffset the offset written after it, or {@code null} when there is none (or one
 *     that is not understood)
 */
record HtmlTime(LocalDateTime wallClock, ZoneOffset standardOffset) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern TITLE = Pattern.compile(
            "\\s*(\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2})(?:\\s+(.*?))?\\s*");
    private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT)(?:([+-])(\\d{1,2})(?::?(\\d{2}))?)?");

    /**
     * Reads a {@code title}.
     *
     * @param title the attribute's value
     * @return the time, or {@code null} when the title is not a time
     */
    static HtmlTime parse(String title) {
        if (title == null) {
            return null;
        }
        Matcher matcher = TITLE.matcher(title);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return new HtmlTime(LocalDateTime.parse(matcher.group(1), TIME), offset(matcher.group(2)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Reads a date separator ({@code 2 November 2023}, English month names).
     *
     * @param text the separator's text
     * @return the day, or {@code null} when the text is not a date
     */
    static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String suffix) {
        if (suffix == null) {
            return null;
        }
        Matcher matcher = OFFSET.matcher(suffix);
        if (!matcher.matches()) {
            return null;
        }
        if (matcher.group(1) == null) {
            return ZoneOffset.UTC;
        }
        int hours = Integer.parseInt(matcher.group(2));
        int minutes = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        int sign = "-".equals(matcher.group(1)) ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
