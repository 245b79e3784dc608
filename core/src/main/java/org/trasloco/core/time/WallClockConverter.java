package org.trasloco.core.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Turns the wall-clock times of one conversation, in export order, into instants in a zone.
 *
 * <p>In the hour that repeats when clocks go back, the same wall-clock time exists twice; the
 * offset of the previous message is preferred, so a sequence that crosses the change stays in
 * order. A time that does not exist (clocks going forward) is moved forward by the length of the
 * gap, as {@link ZonedDateTime#ofLocal} does. Not thread-safe: one instance per conversation.
 */
public final class WallClockConverter {

    private final ZoneId zone;
    private ZoneOffset previousOffset;

    /**
     * Creates a converter.
     *
     * @param zone the zone the exporting phone was in, as the user confirmed it
     */
    public WallClockConverter(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Converts the next wall-clock time of the sequence.
     *
     * @param wallClock the time as written in the export
     * @return the instant
     */
    public Instant toInstant(LocalDateTime wallClock) {
        ZonedDateTime zoned = ZonedDateTime.ofLocal(wallClock, zone, previousOffset);
        previousOffset = zoned.getOffset();
        return zoned.toInstant();
    }
}
