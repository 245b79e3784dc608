package org.trasloco.move.history;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a history run has come, as a person is told: what it is doing, how many messages are in
 * the archive, how fast they go and how long is left. Immutable: a user interface keeps the newest
 * one and shows it on its own clock.
 *
 * @param activity what the run is doing
 * @param done messages in the archive (this run's and those there before)
 * @param total messages to move
 * @param perSecond messages per second over the last seconds of sending; 0 while unknown
 * @param left the time left at that speed, or {@code null} while unknown
 * @param expected the whole upload's duration as estimated from its first seconds, or {@code null}
 *     until those seconds have passed
 */
public record HistoryProgress(Activity activity, long done, long total, double perSecond, Duration left,
        Duration expected) {

    /** What a run does, in order; some come back (a pause, a wait, a reconnection). */
    public enum Activity {
        /** Logging in and asking the server what it offers. */
        CONNECTING,
        /** Photos and files go to the server's file upload. */
        MEDIA,
        /** Messages go into the archive. */
        SENDING,
        /** Paused by the user: nothing is sent until resumed. */
        PAUSED,
        /** The server asked to slow down: sending continues by itself. */
        WAITING,
        /** The connection was lost: it is being restored, then sending continues. */
        RECONNECTING,
        /** The archive is read back and compared with the history. */
        CHECKING
    }

    /**
     * Checks the components.
     *
     * @param activity what the run does
     * @param done messages done
     * @param total messages in all
     * @param perSecond the speed
     * @param left time left or {@code null}
     * @param expected the estimated whole duration or {@code null}
     */
    public HistoryProgress {
        Objects.requireNonNull(activity, "activity");
        if (done < 0 || total < 0 || perSecond < 0) {
            throw new IllegalArgumentException("negative progress: " + done + "/" + total + " at " + perSecond);
        }
    }

    /** The start of a run: nothing known yet. */
    public static HistoryProgress starting() {
        return new HistoryProgress(Activity.CONNECTING, 0, 0, 0, null, null);
    }

    /** The share done, from 0 to 1 (0 while the total is unknown). */
    public double fraction() {
        return total == 0 ? 0 : Math.min(1.0, (double) done / total);
    }

    /** The time left at the current speed, once it can be estimated. */
    public Optional<Duration> timeLeft() {
        return Optional.ofNullable(left);
    }

    /** The whole upload's expected duration, once its first seconds have been measured. */
    public Optional<Duration> expectedDuration() {
        return Optional.ofNullable(expected);
    }
}
