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
 */
public record UploadSettings(UploadPath path, boolean acceptLive, Duration maxOutage, Duration firstRetry,
        Duration maxRetry) {

    /**
     * Checks the components.
     *
     * @param path the path
     * @param acceptLive accept live messages
     * @param maxOutage longest outage
     * @param firstRetry first wait
     * @param maxRetry longest wait
     */
    public UploadSettings {
        Objects.requireNonNull(path, "path");
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
        return new UploadSettings(path, false, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    /**
     * The same with live messages accepted or not.
     *
     * @param value whether to accept them
     * @return a changed copy
     */
    public UploadSettings withAcceptLive(boolean value) {
        return new UploadSettings(path, value, maxOutage, firstRetry, maxRetry);
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
        return new UploadSettings(path, acceptLive, outage, first, max);
    }
}
