package org.trasloco.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WallClockConverterTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void theRepeatedHourStaysInExportOrder() {
        // 27 Oct 2024: clocks in Rome go from 03:00 CEST back to 02:00 CET.
        WallClockConverter converter = new WallClockConverter(ROME);
        Instant before = converter.toInstant(LocalDateTime.of(2024, 10, 27, 2, 40));
        Instant repeated = converter.toInstant(LocalDateTime.of(2024, 10, 27, 2, 10));
        assertEquals(Instant.parse("2024-10-27T00:40:00Z"), before);
        // Prefers the previous (summer) offset: still 02:10 CEST, i.e. before. An export in file order
        // that jumps back 30 minutes within the repeated hour is a genuine second pass only later.
        assertEquals(Instant.parse("2024-10-27T00:10:00Z"), repeated);
        Instant after = converter.toInstant(LocalDateTime.of(2024, 10, 27, 3, 5));
        assertTrue(after.isAfter(before));
    }

    @Test
    void aMissingHourMovesForward() {
        WallClockConverter converter = new WallClockConverter(ROME);
        assertEquals(Instant.parse("2024-03-31T01:30:00Z"), converter.toInstant(LocalDateTime.of(2024, 3, 31, 2, 30)));
    }

    @Test
    void formatsWithSecondsAlways() {
        assertEquals("2024-02-03T18:20:00", Timestamps.iso(LocalDateTime.of(2024, 2, 3, 18, 20)));
        assertEquals("0999-12-31T23:59:59", Timestamps.iso(LocalDateTime.of(999, 12, 31, 23, 59, 59)));
    }
}
