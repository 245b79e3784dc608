package org.trasloco.importers.telegram.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HtmlTimeTest {

    private static final LocalDateTime TIME = LocalDateTime.parse("2024-07-15T14:30:00");

    @Test
    void readsTheSuffixesTelegramDesktopWrites() {
        assertEquals(new HtmlTime(TIME, ZoneOffset.ofHours(1)), HtmlTime.parse("15.07.2024 14:30:00 UTC+01:00"));
        assertEquals(new HtmlTime(TIME, ZoneOffset.ofHours(-5)), HtmlTime.parse("15.07.2024 14:30:00 UTC-05:00"));
        assertEquals(new HtmlTime(TIME, ZoneOffset.ofHoursMinutes(5, 30)), HtmlTime.parse("15.07.2024 14:30:00 UTC+05:30"));
        assertEquals(new HtmlTime(TIME, ZoneOffset.ofHours(1)), HtmlTime.parse("15.07.2024 14:30:00 GMT+01:00"),
                "newer Qt builds write GMT");
        assertEquals(new HtmlTime(TIME, ZoneOffset.ofHours(3)), HtmlTime.parse("15.07.2024 14:30:00 GMT+3"));
        assertEquals(new HtmlTime(TIME, ZoneOffset.UTC), HtmlTime.parse("15.07.2024 14:30:00 UTC"));
    }

    @Test
    void oldTitlesAndUnknownSuffixesHaveNoOffset() {
        assertEquals(new HtmlTime(TIME, null), HtmlTime.parse("15.07.2024 14:30:00"), "before 3.7.6");
        assertEquals(new HtmlTime(TIME, null), HtmlTime.parse("15.07.2024 14:30:00 Mitteleuropäische Zeit"));
    }

    @Test
    void theDayComesFirst() {
        assertEquals(LocalDateTime.parse("2022-07-08T17:57:41"), HtmlTime.parse("08.07.2022 17:57:41 UTC+02:00").wallClock());
        assertNull(HtmlTime.parse("13.13.2022 17:57:41"));
        assertNull(HtmlTime.parse("17:57"));
    }

    @Test
    void readsDateSeparators() {
        assertEquals(LocalDate.parse("2023-11-02"), HtmlTime.day("2 November 2023"));
        assertNull(HtmlTime.day("No exported messages"));
    }
}
