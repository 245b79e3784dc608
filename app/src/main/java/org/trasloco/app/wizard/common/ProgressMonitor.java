package org.trasloco.app.wizard.common;

import java.util.function.BiConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.trasloco.core.progress.ProgressListener;

/**
 * Progress from a background job, shown without flooding the JavaFX thread: the job writes into
 * volatile fields (millions of times), a timeline copies them to the window ten times a second.
 */
public final class ProgressMonitor implements ProgressListener {

    private volatile long done;
    private volatile long total = -1;
    private final Timeline timeline;

    /**
     * Creates a monitor.
     *
     * @param show called on the JavaFX thread with (done, total) every 100 ms while started
     */
    public ProgressMonitor(BiConsumer<Long, Long> show) {
        this.timeline = new Timeline(new KeyFrame(Duration.millis(100), event -> show.accept(done, total)));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    @Override
    public void progress(long bytesDone, long bytesTotal) {
        this.done = bytesDone;
        this.total = bytesTotal;
    }

    /** Starts showing (on the JavaFX thread). */
    public void start() {
        done = 0;
        total = -1;
        timeline.play();
    }

    /** Stops showing (on the JavaFX thread). */
    public void stop() {
        timeline.stop();
    }
}
