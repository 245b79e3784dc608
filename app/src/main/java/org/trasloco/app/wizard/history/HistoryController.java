package org.trasloco.app.wizard.history;

import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.StepController;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.ArchiveChoice;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.groups.GroupsOutcome;
import org.trasloco.move.groups.RoomAnswer;
import org.trasloco.move.history.EarlierUpload;
import org.trasloco.move.history.HistoryMove;
import org.trasloco.move.history.HistoryOutcome;
import org.trasloco.move.history.HistoryPreparation;
import org.trasloco.xmpp.archive.media.MediaReport;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.password.Password;

/**
 * Step 5: the history into the archive. Decides what the step shows — the address to get first,
 * its password after a restart, the plan, the upload, the read-back — and runs the preparation and
 * the check; the parts show themselves ({@link LoginController}, {@link PlanController} with
 * {@link GroupsPlanController}, {@link UploadController}, {@link ResultController}, and
 * {@link GroupsRunController} for the groups' group chats after the user's own archive).
 */
public final class HistoryController implements StepController {

    /** What the step shows besides the list of conversations: one at a time. */
    private enum Screen { NO_ACCOUNT, LOGIN, BUSY, PLAN, PROGRESS, RESULT, GROUPS, ERROR }

    private final WizardContext context;
    private final WizardTexts texts;
    private final MoveChoices choices;
    private final BooleanProperty confirmed = new SimpleBooleanProperty(this, "confirmed");
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private ChosenAccount account;
    private PreparedMove prepared;
    private boolean ownComplete;

    @FXML
    private ScrollPane scroll;
    @FXML
    private Label accountLabel;
    @FXML
    private Label noAccount;
    @FXML
    private Node loginPane;
    @FXML
    private LoginController loginPaneController;
    @FXML
    private Node busyBox;
    @FXML
    private Label busyLabel;
    @FXML
    private Node planPane;
    @FXML
    private PlanController planPaneController;
    @FXML
    private Node uploadPane;
    @FXML
    private UploadController uploadPaneController;
    @FXML
    private Node resultPane;
    @FXML
    private ResultController resultPaneController;
    @FXML
    private Node groupsRunPane;
    @FXML
    private GroupsRunController groupsRunPaneController;
    @FXML
    private VBox errorBox;
    @FXML
    private Node conversationsPane;
    @FXML
    private ConversationsController conversationsPaneController;
    @FXML
    private VBox skipBox;
    @FXML
    private CheckBox skip;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public HistoryController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
        this.choices = context.state().choices();
    }

    @FXML
    private void initialize() {
        FocusFollowingScroll.install(scroll);
        loginPaneController.onLoggedIn(this::loggedIn);
        planPaneController.onUpload(this::startUpload);
        planPaneController.onCheck(this::checkArchive);
        resultPaneController.onAgain(this::enterAgain, this::checkArchive);
        planPaneController.groups().onChange(this::prepare);
        groupsRunPaneController.onAgain(this::enterAgain);
    }

    @Override
    public ObservableBooleanValue ready() {
        return confirmed.or(planPaneController.handedToOperator()).or(skip.selectedProperty())
                .and(uploadPaneController.uploading().not()).and(groupsRunPaneController.running().not());
    }

    @Override
    public ObservableBooleanValue busy() {
        return uploadPaneController.uploading().or(groupsRunPaneController.running());
    }

    /** Each time the step is shown (the first time too), it looks again at where the move stands. */
    @Override
    public void shown() {
        if (!busy().get() && !working.get()) {
            enter();
        }
    }

    @Override
    public boolean holdsClose(Runnable close) {
        return uploadPaneController.holdsClose(close) || groupsRunPaneController.holdsClose(close);
    }

    /** Decides what to show on entering: the address to get, the password to give, or the plan. */
    private void enter() {
        account = context.state().account().get();
        if (account == null) {
            accountLabel.setText("");
            show(Screen.NO_ACCOUNT);
            return;
        }
        accountLabel.setText(texts.get("history.account", account.address()));
        EarlierUpload earlier = EarlierUpload.of(choices, account.address());
        if (earlier.confirmedEarlier()) {
            resultPaneController.showEarlier(earlier, account.address());
            groupsRunPaneController.clear();
            confirmed.set(true);
            conversationsPaneController.clear();
            show(Screen.RESULT);
        } else {
            enterAgain();
        }
    }

    /** Prepares (again), with the password of this session or after asking for it. */
    private void enterAgain() {
        if (context.state().password().get() == null) {
            loginPaneController.ask(account, EarlierUpload.of(choices, account.address()));
            show(Screen.LOGIN);
        } else {
            prepare();
        }
    }

    private void loggedIn(Password password) {
        context.state().password().set(password);
        prepare();
    }

    /**
     * Asks the server what it offers, plans the groups' group chats and the rest of the history,
     * judges the retention, finds the photos.
     */
    private void prepare() {
        AccountAccess access = new AccountAccess(account, context.state().password().get(), texts.locale());
        GroupsChoice groupsWanted = planPaneController.groups().wanted(account.address());
        Map<String, RoomAnswer> answers = planPaneController.groups().answers();
        Locale labels = labels();
        busy(texts.get("history.preparing", account.address().domain()));
        Tasks.create(() -> PreparedMove.prepare(choices, access, groupsWanted, answers, labels))
                .onSuccess(this::showPlan)
                .onError(TraslocoException.class, this::preparationFailed)
                .andFinally(() -> working.set(false))
                .runOnce(context.jobs());
    }

    private void preparationFailed(TraslocoException problem) {
        if (problem.kind() == TraslocoException.Kind.REFUSED) {
            // The password no longer works: trying again asks for it.
            context.state().password().set(null);
        }
        // An answer for a group may be what the server refused: the next try asks again.
        planPaneController.groups().forgetAnswers();
        if (problem.kind() == TraslocoException.Kind.USAGE) {
            // The planner cannot tell which person in the chats is the user: the people step says it.
            errorBox.getChildren().setAll(Views.wrapped(texts.get("history.me.unknown")), retryButton());
            show(Screen.ERROR);
        } else {
            showError(problem);
        }
    }

    private void showPlan(PreparedMove shown) {
        prepared = shown;
        confirmed.set(false);
        groupsRunPaneController.clear();
        HistoryPreparation history = shown.preparation();
        planPaneController.show(history, shown.exports(), EarlierUpload.of(choices, account.address()),
                account.address(), labels(), shown.groupChats(), shown.groupsWanted());
        conversationsPaneController.planned(history.summary(), history.path(),
                new PlanTexts(texts, history).conversations());
        show(Screen.PLAN);
    }

    /** The user's own archive first, then the groups' group chats. */
    private void startUpload() {
        if (prepared.ownMessages()) {
            show(Screen.PROGRESS);
            uploadPaneController.start(prepared.history(), prepared.preparation(), this::uploaded, this::uploadStopped);
        } else {
            ownComplete = true;
            startGroups(Screen.GROUPS);
        }
    }

    private void uploaded(HistoryOutcome outcome) {
        showReport(outcome.verification(), outcome.media().orElse(null), prepared.preparation().path(), true);
        ownComplete = outcome.verification().complete();
        if (prepared.groupChatsMove()) {
            startGroups(Screen.RESULT);
        }
    }

    private void startGroups(Screen shown) {
        confirmed.set(false);
        groupsRunPaneController.start(prepared.groups(), prepared.groupChats(), prepared.exports().present(),
                this::groupsMoved, this::groupsStopped);
        show(shown);
    }

    private void groupsMoved(GroupsOutcome outcome) {
        confirmed.set(ownComplete && outcome.complete());
        show(prepared.ownMessages() ? Screen.RESULT : Screen.GROUPS);
    }

    private void uploadStopped(TraslocoException problem) {
        if (problem.kind() == TraslocoException.Kind.CANCELLED) {
            showPlan(prepared.withExportsOf(choices));
            planPaneController.stopped(EarlierUpload.of(choices, account.address()).confirmed());
        } else {
            showError(problem);
        }
    }

    private void groupsStopped(TraslocoException problem) {
        if (problem.kind() == TraslocoException.Kind.CANCELLED) {
            // The plan again, as it is now: rooms made in the meantime are the move's own.
            prepare();
        } else {
            showError(problem);
        }
    }

    /** Reads the archive back after the operator's import (their file carries the original dates). */
    private void checkArchive() {
        HistoryMove checking = prepared.history();
        Locale labels = labels();
        busy(texts.get("history.activity.checking"));
        Tasks.create(() -> checking.check(UploadPath.IMPORT, labels))
                .onSuccess(report -> showReport(report, null, UploadPath.IMPORT, false))
                .onError(TraslocoException.class, this::showError)
                .andFinally(() -> working.set(false))
                .runOnce(context.jobs());
    }

    private void showReport(VerificationReport report, MediaReport media,
            UploadPath path, boolean afterUpload) {
        resultPaneController.show(report, media, account.address(), path, afterUpload);
        conversationsPaneController.checked(report, prepared.preparation().summary(), path);
        confirmed.set(report.complete());
        show(Screen.RESULT);
    }

    private void busy(String what) {
        working.set(true);
        busyLabel.setText(what);
        show(Screen.BUSY);
    }

    private void showError(Throwable problem) {
        errorBox.getChildren().setAll(new ErrorView(problem, texts), retryButton());
        show(Screen.ERROR);
    }

    private Button retryButton() {
        Button retry = new Button(texts.get("history.retry"));
        retry.setAccessibleText(texts.get("history.retry.accessible"));
        retry.setOnAction(event -> enter());
        retry.disableProperty().bind(working);
        return retry;
    }

    /** The labels' language: an earlier upload's (a read-back rebuilds the same notes), else the window's. */
    private Locale labels() {
        return choices.archive(account.address()).map(ArchiveChoice::labels).orElse(texts.locale());
    }

    private void show(Screen shown) {
        Views.show(noAccount, shown == Screen.NO_ACCOUNT);
        Views.show(loginPane, shown == Screen.LOGIN);
        Views.show(busyBox, shown == Screen.BUSY);
        Views.show(planPane, shown == Screen.PLAN);
        Views.show(uploadPane, shown == Screen.PROGRESS);
        Views.show(resultPane, shown == Screen.RESULT);
        Views.show(groupsRunPane, (shown == Screen.RESULT || shown == Screen.GROUPS)
                && groupsRunPaneController.showsSomething());
        Views.show(errorBox, shown == Screen.ERROR);
        boolean listed = shown == Screen.PLAN || shown == Screen.PROGRESS || shown == Screen.RESULT;
        Views.show(conversationsPane, listed && !conversationsPaneController.isEmpty());
        boolean done = (shown == Screen.RESULT || shown == Screen.GROUPS) && confirmed.get();
        boolean sending = shown == Screen.PROGRESS || groupsRunPaneController.running().get();
        Views.show(skipBox, !sending && shown != Screen.BUSY && !done);
        if (done || sending) {
            skip.setSelected(false);
        }
        if (shown == Screen.ERROR && !errorBox.getChildren().isEmpty()) {
            errorBox.getChildren().get(errorBox.getChildren().size() - 1).requestFocus();
        }
    }
}
