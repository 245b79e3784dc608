package org.trasloco.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void wallClockTimesAlwaysHaveSecondsAndNoFraction() {
        assertEquals("2024-02-03T18:20:00", Timestamps.iso(LocalDateTime.of(2024, 2, 3, 18, 20)));
        assertEquals("0999-12-31T23:59:59", Timestamps.iso(LocalDateTime.of(999, 12, 31, 23, 59, 59, 500)));
    }

    @Test
    void instantsAreWrittenAsJavaWritesThem() {
        for (Instant instant : List.of(Instant.EPOCH, Instant.parse("2024-02-03T17:20:05Z"),
                Instant.parse("2016-01-01T00:00:00Z"), Instant.parse("1969-12-31T23:59:59Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-06-01T12:00:00Z"),
                Instant.parse("2024-02-03T17:20:05.250Z"), Instant.MIN, Instant.MAX)) {
            assertEquals(instant.toString(), Timestamps.iso(instant));
        }
    }
}
