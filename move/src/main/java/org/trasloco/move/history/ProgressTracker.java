package org.trasloco.move.history;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.trasloco.xmpp.archive.upload.UploadProgress;

/**
 * Turns what a history run reports into {@link HistoryProgress} values a person can read: the speed
 * over the last seconds of sending (pauses, waits and reconnections do not count as slow sending),
 * the time left at that speed, and — once the first seconds of sending are measured — how long the
 * whole upload takes at this server's speed. Called from the run's thread; hands each value on at
 * once (a user interface keeps the newest).
 */
public final class ProgressTracker implements HistoryListener {

    /** The seconds of sending measured before the whole duration is estimated. */
    static final Duration FIRST_SECONDS = Duration.ofSeconds(3);
    /** The speed is measured over this much recent sending. */
    static final Duration WINDOW = Duration.ofSeconds(10);

    private final Consumer<HistoryProgress> sink;
    private final LongSupplier nanoClock;
    /** (time, messages sent by this run) while sending, oldest first; cleared at every stop. */
    private final Deque<long[]> samples = new ArrayDeque<>();
    /** Sending time before the current stretch of sending, and when that stretch began. */
    private long sendingNanos;
    private long stretchStart = -1;
    private Duration expected;
    private HistoryProgress last = HistoryProgress.starting();

    /**
     * A tracker.
     *
     * @param sink takes each new value
     */
    public ProgressTracker(Consumer<HistoryProgress> sink) {
        this(sink, System::nanoTime);
    }

    ProgressTracker(Consumer<HistoryProgress> sink, LongSupplier nanoClock) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    @Override
    public synchronized void phase(Phase phase) {
        HistoryProgress.Activity activity = switch (phase) {
            case MEDIA -> HistoryProgress.Activity.MEDIA;
            case UPLOAD -> HistoryProgress.Activity.CONNECTING;
            case VERIFY -> HistoryProgress.Activity.CHECKING;
        };
        stopStretch();
        long done = phase == Phase.VERIFY && last.total() > 0 ? last.total() : last.done();
        emit(new HistoryProgress(activity, done, last.total(), 0, null, expected));
    }

    @Override
    public synchronized void progress(UploadProgress progress) {
        long now = nanoClock.getAsLong();
        HistoryProgress.Activity activity = switch (progress.state()) {
            case CONNECTING -> HistoryProgress.Activity.CONNECTING;
            case SENDING, FINISHED -> HistoryProgress.Activity.SENDING;
            case PAUSED -> HistoryProgress.Activity.PAUSED;
            case WAITING -> HistoryProgress.Activity.WAITING;
            case RECONNECTING -> HistoryProgress.Activity.RECONNECTING;
        };
        if (activity != HistoryProgress.Activity.SENDING) {
            stopStretch();
            emit(new HistoryProgress(activity, progress.done(), progress.total(), 0, null, expected));
            return;
        }
        if (stretchStart < 0) {
            stretchStart = now;
        }
        samples.addLast(new long[] {now, progress.sent()});
        while (samples.size() > 2 && now - samples.peekFirst()[0] > WINDOW.toNanos()) {
            samples.removeFirst();
        }
        double perSecond = speed();
        long left = progress.total() - progress.done();
        Duration timeLeft = perSecond > 0 ? Duration.ofSeconds((long) Math.ceil(left / perSecond)) : null;
        long sentFor = sendingNanos + (now - stretchStart);
        if (expected == null && timeLeft != null && sentFor >= FIRST_SECONDS.toNanos()) {
            expected = Duration.ofNanos(sentFor).plus(timeLeft);
        }
        emit(new HistoryProgress(activity, progress.done(), progress.total(), perSecond, left == 0 ? Duration.ZERO
                : timeLeft, expected));
    }

    /** The newest value. */
    public synchronized HistoryProgress last() {
        return last;
    }

    /** Messages per second between the oldest and the newest sample of this stretch of sending. */
    private double speed() {
        if (samples.size() < 2) {
            return 0;
        }
        long[] first = samples.peekFirst();
        long[] newest = samples.peekLast();
        double seconds = (newest[0] - first[0]) / 1e9;
        return seconds > 0 ? Math.max(0, newest[1] - first[1]) / seconds : 0;
    }

    private void stopStretch() {
        if (stretchStart >= 0) {
            sendingNanos += nanoClock.getAsLong() - stretchStart;
            stretchStart = -1;
        }
        samples.clear();
    }

    private void emit(HistoryProgress progress) {
        last = progress;
        sink.accept(progress);
    }
}
