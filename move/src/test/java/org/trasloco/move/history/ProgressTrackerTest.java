package org.trasloco.move.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trasloco.move.history.HistoryProgress.Activity;
import org.trasloco.xmpp.archive.upload.UploadProgress;
import org.trasloco.xmpp.archive.upload.UploadProgress.State;

/** Speed, time left and the expected duration, on a clock the test moves. */
class ProgressTrackerTest {

    private long now;
    private final List<HistoryProgress> shown = new ArrayList<>();
    private final ProgressTracker tracker = new ProgressTracker(shown::add, () -> now);

    @Test
    void theSpeedAndTimeLeftComeFromTheMessagesSentNotFromThoseThereBefore() {
        tracker.phase(HistoryListener.Phase.UPLOAD);
        assertEquals(Activity.CONNECTING, last().activity());
        // 4,000 of 10,000 were confirmed by an earlier run: they count as done, not as speed.
        report(State.SENDING, 0, 0);
        at(1, State.SENDING, 4_500, 500);
        assertEquals(500.0, last().perSecond(), 0.001);
        assertEquals(Optional.of(Duration.ofSeconds(11)), last().timeLeft(), "5,500 left at 500 a second");
        assertEquals(0.45, last().fraction(), 1e-9);
        assertEquals(Optional.empty(), last().expectedDuration(), "not yet three seconds of sending");
    }

    @Test
    void theWholeDurationIsEstimatedOnceAfterTheFirstSecondsOfSending() {
        tracker.phase(HistoryListener.Phase.UPLOAD);
        report(State.SENDING, 0, 0);
        at(2, State.SENDING, 200, 200);
        at(3, State.SENDING, 300, 300);
        assertEquals(Optional.of(Duration.ofSeconds(100)), last().expectedDuration(),
                "3 s for 300, 9,700 left at 100 a second: 97 s more");
        at(4, State.SENDING, 1_000, 1_000);
        assertEquals(Optional.of(Duration.ofSeconds(100)), last().expectedDuration(), "said once, not revised");
        assertTrue(last().perSecond() > 100);
    }

    @Test
    void aPauseIsNotSlowSendingAndTheSpeedIsMeasuredAgainAfterIt() {
        tracker.phase(HistoryListener.Phase.UPLOAD);
        report(State.SENDING, 0, 0);
        at(1, State.SENDING, 100, 100);
        at(2, State.PAUSED, 100, 100);
        assertEquals(Activity.PAUSED, last().activity());
        assertEquals(0.0, last().perSecond());
        assertEquals(Optional.empty(), last().timeLeft());
        at(60, State.SENDING, 100, 100);
        at(61, State.SENDING, 300, 300);
        assertEquals(200.0, last().perSecond(), 0.001, "only the new stretch counts");
        assertEquals(Optional.of(Duration.ofSeconds(49)), last().timeLeft());
        assertEquals(Optional.of(Duration.ofSeconds(52)), last().expectedDuration(),
                "3 s of sending (2 before the pause, 1 after) and 49 s left; the minute paused is not counted");
    }

    @Test
    void aLostConnectionAndTheServersWaitSayWhatHappens() {
        tracker.phase(HistoryListener.Phase.UPLOAD);
        report(State.SENDING, 0, 0);
        at(1, State.RECONNECTING, 250, 250);
        assertEquals(Activity.RECONNECTING, last().activity());
        assertEquals(250, last().done());
        at(5, State.WAITING, 250, 250);
        assertEquals(Activity.WAITING, last().activity());
    }

    @Test
    void thePhasesAroundTheMessagesAreSaid() {
        tracker.phase(HistoryListener.Phase.MEDIA);
        assertEquals(Activity.MEDIA, last().activity());
        tracker.phase(HistoryListener.Phase.UPLOAD);
        report(State.SENDING, 0, 0);
        at(1, State.FINISHED, 10_000, 10_000);
        assertEquals(Optional.of(Duration.ZERO), last().timeLeft());
        tracker.phase(HistoryListener.Phase.VERIFY);
        assertEquals(Activity.CHECKING, last().activity());
        assertEquals(10_000, last().done());
        assertEquals(last(), tracker.last());
    }

    private void at(long second, State state, long done, long sent) {
        now = Duration.ofSeconds(second).toNanos();
        report(state, done, sent);
    }

    private void report(State state, long done, long sent) {
        tracker.progress(new UploadProgress(state, done, sent, 10_000, done * 10, 100_000, Duration.ofNanos(now),
                null));
    }

    private HistoryProgress last() {
        return shown.get(shown.size() - 1);
    }
}
