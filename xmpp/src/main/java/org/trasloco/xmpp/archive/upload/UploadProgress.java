package org.trasloco.xmpp.archive.upload;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far an upload has come.
 *
 * @param state what it is doing
 * @param done messages in the archive (confirmed now or earlier)
 * @param sent messages confirmed by this run (the rest of {@code done} was there before: a speed is
 *     {@code sent} over the time spent sending)
 * @param total messages to move
 * @param bytesDone bytes of text confirmed
 * @param bytesTotal bytes of text in all
 * @param elapsed time since this run began
 * @param remaining estimated time left, or {@code null} while unknown
 */
public record UploadProgress(State state, long done, long sent, long total, long bytesDone, long bytesTotal, Duration elapsed,
        Duration remaining) {

    /** What the upload is doing. */
    public enum State {
        /** Opening the connection. */
        CONNECTING,
        /** Sending and confirming. */
        SENDING,
        /** Paused by the user. */
        PAUSED,
        /** Waiting because the server asked for it. */
        WAITING,
        /** Restoring a lost connection. */
        RECONNECTING,
        /** Everything is in the archive. */
        FINISHED
    }

    /**
     * Checks the components.
     *
     * @param state the state
     * @param done messages done
     * @param sent messages confirmed by this run
     * @param total messages in all
     * @param bytesDone bytes done
     * @param bytesTotal bytes in all
     * @param elapsed time so far
     * @param remaining time left or {@code null}
     */
    public UploadProgress {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** The estimated time left, once it can be estimated. */
    public Optional<Duration> timeLeft() {
        return Optional.ofNullable(remaining);
    }
}
