package org.trasloco.core.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes times the one way Trasloco stores and prints them: wall-clock times as
 * {@code 2024-02-03T18:20:05}, instants as {@code 2024-02-03T17:20:05Z}.
 */
public final class Timestamps {

    private static final long FIRST_OF_YEAR_0 = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_OF_YEAR_9999 =
            LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    private Timestamps() {
    }

    /**
     * Formats a wall-clock time as ISO 8601 with seconds, without fractions (exports have none).
     *
     * @param time the time
     * @return e.g. {@code 2024-02-03T18:20:00}
     */
    public static String iso(LocalDateTime time) {
        char[] out = new char[19];
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return time.withNano(0).toString();
        }
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, time.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, time.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, time.getHour(), 2);
        out[13] = ':';
        digits(out, 14, time.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, time.getSecond(), 2);
        return new String(out);
    }

    /**
     * Formats an instant exactly as {@link Instant#toString()} does, without its formatter's cost for the
     * whole seconds of years 0–9999 that exports carry (a large import formats a million of them).
     *
     * @param instant the instant
     * @return e.g. {@code 2024-02-03T17:20:05Z}
     */
    public static String iso(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0 || seconds < FIRST_OF_YEAR_0 || seconds > LAST_OF_YEAR_9999) {
            return instant.toString();
        }
        return iso(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC)) + 'Z';
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
