package org.trasloco.xmpp.archive.upload;

import java.time.Duration;
import java.util.Objects;

/**
 * What an upload did.
 *
 * @param path how it went
 * @param total messages to move
 * @param sentNow messages confirmed by the server in this run
 * @param alreadyThere messages the ledger or the server knew were in the archive already
 * @param reconnections how often a lost connection was restored
 * @param elapsed how long this run took
 */
public record UploadReport(UploadPath path, long total, long sentNow, long alreadyThere, int reconnections,
        Duration elapsed) {

    /**
     * Checks the components.
     *
     * @param path the path
     * @param total messages in all
     * @param sentNow confirmed now
     * @param alreadyThere in the archive before
     * @param reconnections restored connections
     * @param elapsed time taken
     */
    public UploadReport {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Messages sent now per second. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? sentNow / seconds : 0;
    }
}
