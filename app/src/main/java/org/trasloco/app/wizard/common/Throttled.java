package org.trasloco.app.wizard.common;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * The latest value from a background job, shown without flooding the JavaFX thread: the job offers
 * values as often as it likes (a volatile write), a timeline hands the newest one to the view ten
 * times a second, and only when it changed.
 *
 * @param <T> the value (immutable)
 */
public final class Throttled<T> {

    private final Consumer<T> show;
    private final Timeline timeline;
    private volatile T latest;
    private T shown;

    /**
     * Creates the bridge.
     *
     * @param show called on the JavaFX thread with each new value, at most every 100 ms while started
     */
    public Throttled(Consumer<T> show) {
        this.show = Objects.requireNonNull(show, "show");
        this.timeline = new Timeline(new KeyFrame(Duration.millis(100), event -> showNewest()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Offers a value, from any thread.
     *
     * @param value the newest value
     */
    public void offer(T value) {
        latest = value;
    }

    /** Starts showing (on the JavaFX thread). */
    public void start() {
        timeline.play();
    }

    /** Stops showing (on the JavaFX thread), after showing the newest value once more. */
    public void stop() {
        timeline.stop();
        showNewest();
    }

    private void showNewest() {
        T value = latest;
        if (value != null && value != shown) {
            shown = value;
            show.accept(value);
        }
    }
}
