package org.trasloco.xmpp.archive.upload;

import java.time.Duration;
import java.util.Objects;

/**
 * How an upload behaves.
 *
 * @param path import or notes
 * @param acceptLive whether to import even when the archive already holds newer live messages
 * @param maxOutage how long to keep trying to restore a lost connection before giving up
 * @param firstRetry the first wait after a failure; it doubles up to {@code maxRetry}
 * @param maxRetry the longest wait between attempts
 * @param room the bare address of a group chat whose archive takes the history (through the
 *     archive-import module on its service; the path is then {@link UploadPath#IMPORT}), or
 *     {@code null} for the user's own archive
 */
public record UploadSettings(UploadPath path, boolean acceptLive, Duration maxOutage, Duration firstRetry,
        Duration maxRetry, String room) {

    /**
     * Checks the components.
     *
     * @param path the path
     * @param acceptLive accept live messages
     * @param maxOutage longest outage
     * @param firstRetry first wait
     * @param maxRetry longest wait
     * @param room the group chat, or {@code null}
     */
    public UploadSettings {
        Objects.requireNonNull(path, "path");
        if (room != null && path != UploadPath.IMPORT) {
            throw new IllegalArgumentException("a room's archive takes the history only through the import");
        }
        Objects.requireNonNull(maxOutage, "maxOutage");
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(maxRetry, "maxRetry");
    }

    /**
     * Ten minutes of outage, waits from one second to one minute.
     *
     * @param path the path
     * @return the settings
     */
    public static UploadSettings of(UploadPath path) {
        return new UploadSettings(path, false, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofMinutes(1),
                null);
    }

    /**
     * The same with live messages accepted or not.
     *
     * @param value whether to accept them
     * @return a changed copy
     */
    public UploadSettings withAcceptLive(boolean value) {
        return new UploadSettings(path, value, maxOutage, firstRetry, maxRetry, room);
    }

    /**
     * The same with other waits.
     *
     * @param outage longest outage
     * @param first first wait
     * @param max longest wait
     * @return a changed copy
     */
    public UploadSettings withRetries(Duration outage, Duration first, Duration max) {
        return new UploadSettings(path, acceptLive, outage, first, max, room);
    }

    /**
     * The history into a group chat's archive instead of the user's own.
     *
     * @param address the room's bare address
     * @return a changed copy on the import path
     */
    public static UploadSettings ofRoom(String address) {
        Objects.requireNonNull(address, "address");
        UploadSettings defaults = of(UploadPath.IMPORT);
        return new UploadSettings(UploadPath.IMPORT, false, defaults.maxOutage(), defaults.firstRetry(),
                defaults.maxRetry(), address);
    }
}
