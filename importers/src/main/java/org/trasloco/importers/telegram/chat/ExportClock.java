package org.trasloco.importers.telegram.chat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Objects;
import org.trasloco.core.time.WallClockConverter;

/**
 * Turns the wall-clock times an export writes into instants, when the export has no instant of its
 * own: JSON from Telegram Desktop before 3.7.6 (no {@code date_unixtime}) and every HTML export.
 *
 * <p>Those times are the local time of the computer that made the export, daylight saving included.
 * They are read in the zone the user confirmed. HTML since 3.7.6 also names an offset after each
 * time, but it is the zone's <em>standard</em> offset, the same for winter and summer messages: it
 * only checks the zone. When the confirmed zone does not have that standard offset, the written
 * offset is used as it is (summer times may then be an hour off) and the user is told once.
 * Not thread-safe: one per read.
 */
public final class ExportClock {

    private final ZoneId zone;
    private final ReadNotes notes;
    private WallClockConverter converter;

    /**
     * Creates the clock of one read.
     *
     * @param zone the zone the user confirmed (by default the system's)
     * @param notes where the notes about the zone go
     */
    public ExportClock(ZoneId zone, ReadNotes notes) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.converter = new WallClockConverter(zone);
    }

    /** The zone wall-clock times are read in. */
    public ZoneId zone() {
        return zone;
    }

    /** A new conversation starts: its times form a new sequence (see {@link WallClockConverter}). */
    public void startConversation() {
        converter = new WallClockConverter(zone);
    }

    /**
     * The instant of a time written without any zone.
     *
     * @param wallClock the time as written
     * @param file the export file, for the note
     * @return the instant in the confirmed zone
     */
    public Instant withoutZone(LocalDateTime wallClock, String file) {
        notes.once(TelegramMessages.WARN_ZONE_ASSUMED, file, 0, zone.getId());
        return converter.toInstant(wallClock);
    }

    /**
     * The instant of a time written with the standard offset of the exporter's zone.
     *
     * @param wallClock the time as written (daylight saving included)
     * @param standardOffset the offset written after it
     * @param file the export file, for the note
     * @return the instant
     */
    public Instant withStandardOffset(LocalDateTime wallClock, ZoneOffset standardOffset, String file) {
        Instant inZone = converter.toInstant(wallClock);
        ZoneRules rules = zone.getRules();
        if (rules.getStandardOffset(inZone).equals(standardOffset)
                || rules.getStandardOffset(Instant.now()).equals(standardOffset)) {
            return inZone;
        }
        notes.once(TelegramMessages.WARN_ZONE_MISMATCH, file, 0, utc(standardOffset), zone.getId(),
                utc(rules.getStandardOffset(inZone)));
        return wallClock.toInstant(standardOffset);
    }

    private static String utc(ZoneOffset offset) {
        return "UTC" + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
    }
}
