package org.trasloco.core.time;

import java.time.LocalDateTime;

/** Writes wall-clock times the one way Trasloco stores and prints them: {@code 2024-02-03T18:20:05}. */
public final class Timestamps {

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

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
