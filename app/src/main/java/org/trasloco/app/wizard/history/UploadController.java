package org.trasloco.app.wizard.history;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.Throttled;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.history.HistoryMove;
import org.trasloco.move.history.HistoryOutcome;
import org.trasloco.move.history.HistoryPreparation;
import org.trasloco.move.history.HistoryProgress;
import org.trasloco.move.history.HistoryRun;
import org.trasloco.move.history.ProgressTracker;

/**
 * The upload on its way: a progress bar fed ten times a second, what the run is doing in words,
 * the speed and the time left; Pause, Resume, and Stop (asked first). Closing the window while it
 * runs asks too, then stops after the batch on its way (the run records it) and closes.
 */
public final class UploadController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final BooleanProperty uploading = new SimpleBooleanProperty(this, "uploading");
    private final Throttled<HistoryProgress> progress = new Throttled<>(this::show);
    private ProgressTexts words;
    private HistoryRun run;
    private boolean pausedByUser;
    private boolean stopping;
    private Runnable closeWhenStopped;

    @FXML
    private VBox confirmBox;
    @FXML
    private Label confirmQuestion;
    @FXML
    private Button confirmYes;
    @FXML
    private Button confirmNo;
    @FXML
    private Label progressCount;
    @FXML
    private ProgressBar bar;
    @FXML
    private Label activity;
    @FXML
    private Label speed;
    @FXML
    private Label expected;
    @FXML
    private Button pause;
    @FXML
    private Button resume;
    @FXML
    private Button cancel;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public UploadController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        pause.setOnAction(event -> pause(true));
        resume.setOnAction(event -> pause(false));
        cancel.setOnAction(event -> ask(texts.get("history.cancel.ask"), texts.get("history.cancel.yes"), this::stop));
        confirmNo.setOnAction(event -> {
            Views.show(confirmBox, false);
            pause.requestFocus();
        });
        Views.show(confirmBox, false);
    }

    /** True while a run is on its way. */
    ReadOnlyBooleanProperty uploading() {
        return uploading;
    }

    /**
     * Starts the run on a job of its own.
     *
     * @param move the history of the account
     * @param prepared what the user saw and accepted
     * @param finished takes the outcome: everything sent and read back
     * @param stopped takes why the run ended early (stopped by the user: {@code CANCELLED})
     */
    void start(HistoryMove move, HistoryPreparation prepared, Consumer<HistoryOutcome> finished,
            Consumer<TraslocoException> stopped) {
        words = new ProgressTexts(texts, prepared.domain());
        HistoryRun started = move.start(prepared, false, new ProgressTracker(progress::offer));
        run = started;
        pausedByUser = false;
        stopping = false;
        closeWhenStopped = null;
        uploading.set(true);
        show(HistoryProgress.starting());
        progress.start();
        pause.requestFocus();
        Tasks.create(started::run)
                .onSuccess(outcome -> {
                    if (closeWhenStopped == null) {
                        finished.accept(outcome);
                    }
                })
                .onError(TraslocoException.class, problem -> {
                    if (closeWhenStopped == null) {
                        stopped.accept(problem);
                    }
                })
                .andFinally(this::ended)
                .runOnce(context.jobs());
    }

    /**
     * Holds the window's close while a run is on its way: asks, then stops the run and closes.
     *
     * @param close closes the window
     * @return whether the close is held
     */
    boolean holdsClose(Runnable close) {
        if (!uploading.get()) {
            return false;
        }
        if (closeWhenStopped == null) {
            ask(texts.get("history.close.ask"), texts.get("history.close.yes"), () -> {
                closeWhenStopped = close;
                stop();
            });
        }
        return true;
    }

    private void pause(boolean paused) {
        HistoryRun running = run;
        if (running == null) {
            return;
        }
        pausedByUser = paused;
        if (paused) {
            running.pause();
        } else {
            running.resume();
        }
        showPauseButton(!paused);
        (paused ? resume : pause).requestFocus();
        activity.setText(paused ? texts.get("history.pausing") : texts.get("history.activity.sending"));
    }

    /** Stops after the batch on its way, which the run records: the next run continues there. */
    private void stop() {
        HistoryRun running = run;
        if (running == null) {
            return;
        }
        stopping = true;
        running.cancel();
        for (Button button : new Button[] {pause, resume, cancel}) {
            button.setDisable(true);
        }
        activity.setText(texts.get("history.stopping"));
    }

    private void ended() {
        progress.stop();
        run = null;
        uploading.set(false);
        Views.show(confirmBox, false);
        if (closeWhenStopped != null) {
            closeWhenStopped.run();
        }
    }

    private void show(HistoryProgress now) {
        progressCount.setText(words.count(now));
        bar.setProgress(now.total() == 0 ? ProgressBar.INDETERMINATE_PROGRESS : now.fraction());
        bar.setAccessibleText(words.percent(now));
        boolean paused = now.activity() == HistoryProgress.Activity.PAUSED;
        activity.setText(stopping ? texts.get("history.stopping")
                : pausedByUser && !paused ? texts.get("history.pausing") : words.activity(now));
        Views.text(speed, words.speed(now));
        Views.text(expected, words.expected(now));
        if (!stopping) {
            // Photos and the read-back are not paused: the run's pause takes effect between batches of messages.
            boolean pausable = now.activity() != HistoryProgress.Activity.MEDIA
                    && now.activity() != HistoryProgress.Activity.CHECKING;
            pause.setDisable(!pausable);
            resume.setDisable(!pausable);
            cancel.setDisable(now.activity() == HistoryProgress.Activity.CHECKING);
            showPauseButton(!pausedByUser);
        }
    }

    private void showPauseButton(boolean pauseShown) {
        Views.show(pause, pauseShown);
        Views.show(resume, !pauseShown);
    }

    private void ask(String question, String yes, Runnable onYes) {
        confirmQuestion.setText(question);
        confirmYes.setText(yes);
        confirmYes.setAccessibleText(yes);
        confirmYes.setOnAction(event -> {
            Views.show(confirmBox, false);
            onYes.run();
        });
        Views.show(confirmBox, true);
        confirmNo.requestFocus();
    }
}
