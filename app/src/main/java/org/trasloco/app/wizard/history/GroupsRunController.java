package org.trasloco.app.wizard.history;

import java.nio.file.Path;
import java.util.List;
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
import org.trasloco.move.groups.GroupMove;
import org.trasloco.move.groups.GroupPlan;
import org.trasloco.move.groups.GroupsListener;
import org.trasloco.move.groups.GroupsOutcome;
import org.trasloco.move.groups.GroupsPreparation;
import org.trasloco.move.groups.GroupsRun;
import org.trasloco.move.groups.RoomOutcome;
import org.trasloco.xmpp.archive.upload.UploadProgress;

/**
 * The groups going into their group chats, after the user's own archive: which group of how many,
 * what is being done, the messages' progress, and Stop (asked first); then, per group chat, its
 * address, the messages confirmed, who was made a member and invited, and its join link to copy.
 */
public final class GroupsRunController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final Throttled<Moment> progress = new Throttled<>(this::show);
    private GroupsTexts words;
    private GroupsRun run;
    private Runnable closeWhenStopped;
    private Runnable uploadAgain = () -> { };

    @FXML
    private VBox groupsProgress;
    @FXML
    private Label groupLabel;
    @FXML
    private ProgressBar groupsBar;
    @FXML
    private Label stepLabel;
    @FXML
    private Label groupsCount;
    @FXML
    private VBox stopBox;
    @FXML
    private Label stopQuestion;
    @FXML
    private Button stopYes;
    @FXML
    private Button stopNo;
    @FXML
    private Button stopGroups;
    @FXML
    private VBox groupsResults;
    @FXML
    private VBox roomsResults;
    @FXML
    private Button groupsAgain;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public GroupsRunController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        stopGroups.setOnAction(event -> ask(texts.get("history.cancel.ask"), texts.get("history.cancel.yes"), null));
        stopNo.setOnAction(event -> {
            Views.show(stopBox, false);
            stopGroups.requestFocus();
        });
        groupsAgain.setOnAction(event -> uploadAgain.run());
        clear();
    }

    /** True while the groups are on their way. */
    ReadOnlyBooleanProperty running() {
        return running;
    }

    /** What "Upload again" does after a group chat that is not complete. */
    void onAgain(Runnable action) {
        this.uploadAgain = action;
    }

    /** Shows nothing (a new plan). */
    void clear() {
        Views.show(groupsProgress, false);
        Views.show(groupsResults, false);
        Views.show(stopBox, false);
    }

    /** Whether there is something to show: a run on its way or its results. */
    boolean showsSomething() {
        return groupsProgress.isVisible() || groupsResults.isVisible();
    }

    /**
     * Starts putting the groups into their group chats, on a job of its own.
     *
     * @param move the groups of the account
     * @param prepared what the user saw and accepted
     * @param media the exports the photos and files come from
     * @param finished takes the outcome, once shown
     * @param stopped takes why the run ended early (stopped by the user: {@code CANCELLED})
     */
    void start(GroupMove move, GroupsPreparation prepared, List<Path> media, Consumer<GroupsOutcome> finished,
            Consumer<TraslocoException> stopped) {
        words = new GroupsTexts(texts);
        GroupsRun started = move.start(prepared, false, media, new Listener(prepared.rooms()));
        run = started;
        closeWhenStopped = null;
        running.set(true);
        stopGroups.setDisable(false);
        Views.show(groupsResults, false);
        Views.show(groupsProgress, true);
        show(new Moment(1, prepared.rooms().size(), prepared.rooms().get(0), GroupsListener.Step.ROOM, null));
        progress.start();
        Tasks.create(started::run)
                .onSuccess(outcome -> {
                    if (closeWhenStopped == null) {
                        showResults(outcome);
                        finished.accept(outcome);
                    }
                })
                .onError(TraslocoException.class, problem -> {
                    if (closeWhenStopped == null) {
                        clear();
                        stopped.accept(problem);
                    }
                })
                .andFinally(this::ended)
                .runOnce(context.jobs());
    }

    /**
     * Holds the window's close while the groups are on their way: asks, then stops and closes.
     *
     * @param close closes the window
     * @return whether the close is held
     */
    boolean holdsClose(Runnable close) {
        if (!running.get()) {
            return false;
        }
        if (closeWhenStopped == null) {
            ask(texts.get("history.close.ask"), texts.get("history.close.yes"), close);
        }
        return true;
    }

    private void ask(String question, String yes, Runnable close) {
        stopQuestion.setText(question);
        stopYes.setText(yes);
        stopYes.setAccessibleText(yes);
        stopYes.setOnAction(event -> {
            Views.show(stopBox, false);
            closeWhenStopped = close;
            stop();
        });
        Views.show(stopBox, true);
        stopNo.requestFocus();
    }

    /** Stops after the batch on its way; the next upload continues there. */
    private void stop() {
        GroupsRun running = run;
        if (running != null) {
            running.cancel();
            stopGroups.setDisable(true);
            stepLabel.setText(texts.get("history.stopping"));
        }
    }

    private void ended() {
        progress.stop();
        run = null;
        running.set(false);
        Views.show(groupsProgress, false);
        Views.show(stopBox, false);
        if (closeWhenStopped != null) {
            closeWhenStopped.run();
        }
    }

    private void show(Moment now) {
        groupLabel.setText(words.group(now.index(), now.count(), now.group()));
        UploadProgress upload = now.upload();
        boolean sending = now.step() == GroupsListener.Step.UPLOAD && upload != null && upload.total() > 0;
        groupsBar.setProgress(sending ? (double) upload.done() / upload.total() : ProgressBar.INDETERMINATE_PROGRESS);
        groupsBar.setAccessibleText(groupLabel.getText());
        if (run != null && !stopGroups.isDisabled()) {
            stepLabel.setText(words.step(now.step()));
        }
        Views.text(groupsCount, sending ? texts.get("history.progress.count", upload.done(), upload.total()) : "");
    }

    private void showResults(GroupsOutcome outcome) {
        roomsResults.getChildren().clear();
        for (RoomOutcome room : outcome.rooms()) {
            roomsResults.getChildren().add(new RoomResult(texts, words, room));
        }
        Views.show(groupsAgain, !outcome.complete());
        Views.show(groupsResults, !outcome.rooms().isEmpty());
    }

    /** Where the run is: the group (counted from 1), its step, and its messages' progress while sending. */
    private record Moment(int index, int count, GroupPlan group, GroupsListener.Step step, UploadProgress upload) {
    }

    /** Told by the run, on the run's thread; hands each moment to the window's timer. */
    private final class Listener implements GroupsListener {
        private final List<GroupPlan> rooms;
        private Moment at;

        Listener(List<GroupPlan> rooms) {
            this.rooms = rooms;
        }

        @Override
        public void step(GroupPlan group, Step step) {
            at = new Moment(rooms.indexOf(group) + 1, rooms.size(), group, step, null);
            progress.offer(at);
        }

        @Override
        public void progress(UploadProgress upload) {
            if (at != null) {
                progress.offer(new Moment(at.index(), at.count(), at.group(), at.step(), upload));
            }
        }
    }
}
