package org.trasloco.app.wizard.history;

import java.time.Duration;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.move.history.HistoryProgress;

/** A run's progress in words: the count, what it is doing, the speed and the time left. */
final class ProgressTexts {

    private final WizardTexts texts;
    private final String domain;

    ProgressTexts(WizardTexts texts, String domain) {
        this.texts = texts;
        this.domain = domain;
    }

    /** "2,250 of 10,000 messages on the server". */
    String count(HistoryProgress progress) {
        return texts.get("history.progress.count", progress.done(), progress.total());
    }

    /** The progress bar for a screen reader. */
    String percent(HistoryProgress progress) {
        return texts.get("history.progress.accessible", Math.round(100 * progress.fraction()), progress.done(),
                progress.total());
    }

    /** What the run is doing, and what it means for the user. */
    String activity(HistoryProgress progress) {
        return switch (progress.activity()) {
            case CONNECTING -> texts.get("history.activity.connecting", domain);
            case MEDIA -> texts.get("history.activity.media");
            case SENDING -> texts.get("history.activity.sending");
            case PAUSED -> texts.get("history.activity.paused");
            case WAITING -> texts.get("history.activity.waiting", domain);
            case RECONNECTING -> texts.get("history.activity.reconnecting", domain);
            case CHECKING -> texts.get("history.activity.checking");
        };
    }

    /** The speed and the time left while sending, else nothing. */
    String speed(HistoryProgress progress) {
        if (progress.activity() != HistoryProgress.Activity.SENDING || progress.perSecond() <= 0) {
            return "";
        }
        long perSecond = Math.max(1, Math.round(progress.perSecond()));
        return progress.timeLeft().map(left -> texts.get("history.progress.speed", perSecond, duration(left)))
                .orElseGet(() -> texts.get("history.progress.speedOnly", perSecond));
    }

    /** The whole upload's duration at this server's speed, once measured, else nothing. */
    String expected(HistoryProgress progress) {
        return progress.expectedDuration().map(expected -> texts.get("history.progress.expected", duration(expected)))
                .orElse("");
    }

    /** A duration as a person says it: "40 seconds", "4 minutes", "2 h 5 min". */
    String duration(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return texts.get("history.duration.seconds", seconds);
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return texts.get("history.duration.minutes", minutes);
        }
        return texts.get("history.duration.hours", minutes / 60, minutes % 60);
    }
}
