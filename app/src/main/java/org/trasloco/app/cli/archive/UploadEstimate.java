package org.trasloco.app.cli.archive;

import java.time.Duration;
import java.util.Optional;
import org.trasloco.xmpp.archive.upload.UploadProgress;

/**
 * The upload's expected duration, said once: after the first seconds of sending, when the server's
 * speed is known well enough to be worth saying (a slow server is then no surprise).
 */
final class UploadEstimate {

    /** Measured for at least this long before the estimate is given. */
    static final Duration MEASURED = Duration.ofSeconds(5);

    private boolean given;

    /**
     * This run's expected duration (the time so far and the time left at the speed measured), the
     * first time the progress allows a fair one.
     *
     * @param progress the progress now
     * @return the expected duration of the run, once; empty before and after
     */
    Optional<Duration> expected(UploadProgress progress) {
        if (given || progress.state() != UploadProgress.State.SENDING || progress.elapsed().compareTo(MEASURED) < 0
                || progress.sent() <= 0 || progress.done() >= progress.total() || progress.timeLeft().isEmpty()) {
            return Optional.empty();
        }
        given = true;
        return Optional.of(progress.elapsed().plus(progress.timeLeft().get()));
    }

    /** Whole minutes, rounded: what "about N minutes" says. */
    static long minutes(Duration duration) {
        return Math.round(duration.toSeconds() / 60.0);
    }
}
