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
 * @param changes what was changed of the messages in the archive already
 */
public record UploadReport(UploadPath path, long total, long sentNow, long alreadyThere, int reconnections,
        Duration elapsed, Changes changes) {

    /**
     * Messages in the archive already that changed since they were sent.
     *
     * @param readdressed moved to their correspondent's new address
     * @param replaced stored anew (or corrected, on the notes path) with their new content, e.g. an
     *     attachment uploaded since
     * @param unchangeable changed, but the server cannot change them: they stay as they were sent
     */
    public record Changes(long readdressed, long replaced, long unchangeable) {

        /** Nothing changed. */
        public static final Changes NONE = new Changes(0, 0, 0);
    }

    /**
     * Checks the components.
     *
     * @param path the path
     * @param total messages in all
     * @param sentNow confirmed now
     * @param alreadyThere in the archive before
     * @param reconnections restored connections
     * @param elapsed time taken
     * @param changes messages changed
     */
    public UploadReport {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(changes, "changes");
    }

    /** Messages sent now per second. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? sentNow / seconds : 0;
    }
}
