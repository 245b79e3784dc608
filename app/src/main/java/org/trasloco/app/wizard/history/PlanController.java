package org.trasloco.app.wizard.history;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.groups.GroupsPreparation;
import org.trasloco.move.history.EarlierUpload;
import org.trasloco.move.history.HistoryPlanner;
import org.trasloco.move.history.HistoryPreparation;
import org.trasloco.move.history.ImportedExports;
import org.trasloco.move.history.OperatorFile;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.core.address.XmppAddress;

/**
 * What happens before anything is sent: where the history goes and why, what the server does with
 * it, the photos and files, a server that would delete it, and the Upload button; for a server
 * without the import module also the file for its operator.
 */
public final class PlanController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final BooleanProperty handedToOperator = new SimpleBooleanProperty(this, "handedToOperator");
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working");
    private HistoryPreparation prepared;
    private XmppAddress account;
    private Locale labels;

    @FXML
    private Label pathLabel;
    @FXML
    private Label whyLabel;
    @FXML
    private Label disclosureLabel;
    @FXML
    private Label retentionLabel;
    @FXML
    private Label mediaLabel;
    @FXML
    private VBox blockedBox;
    @FXML
    private Label blockedReason;
    @FXML
    private Label blockedWhat;
    @FXML
    private GroupsPlanController groupsPaneController;
    @FXML
    private Label note;
    @FXML
    private Button upload;
    @FXML
    private VBox operatorBox;
    @FXML
    private Label operatorText;
    @FXML
    private Button saveOperatorFile;
    @FXML
    private Button checkArchive;
    @FXML
    private Label operatorSaved;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public PlanController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        saveOperatorFile.setOnAction(event -> saveOperatorFile());
        saveOperatorFile.disableProperty().bind(working);
        checkArchive.disableProperty().bind(working);
        Views.show(checkArchive, false);
        Views.text(operatorSaved, "");
    }

    /** What the Upload button does. */
    void onUpload(Runnable action) {
        upload.setOnAction(event -> action.run());
    }

    /** What "Check the archive" (after the operator's import) does. */
    void onCheck(Runnable action) {
        checkArchive.setOnAction(event -> action.run());
    }

    /** The groups' part of the plan. */
    GroupsPlanController groups() {
        return groupsPaneController;
    }

    /** True once the history was saved in a file for the server's operator. */
    ReadOnlyBooleanProperty handedToOperator() {
        return handedToOperator;
    }

    /**
     * Shows a prepared history.
     *
     * @param preparation what the server offers and what goes
     * @param exports the exports the photos and files are taken from
     * @param earlier what the workspace remembers of earlier uploads
     * @param address the account
     * @param language the language of the labels written into notes
     * @param groups what happens to the groups
     * @param groupsWanted where the preparation was asked to put the groups
     */
    void show(HistoryPreparation preparation, ImportedExports exports, EarlierUpload earlier, XmppAddress address,
            Locale language, GroupsPreparation groups, GroupsChoice groupsWanted) {
        this.prepared = preparation;
        this.account = address;
        this.labels = language;
        PlanTexts plan = new PlanTexts(texts, preparation);
        pathLabel.setText(plan.path());
        whyLabel.setText(plan.why());
        disclosureLabel.setText(plan.disclosure());
        Views.text(retentionLabel, plan.retention());
        Views.text(mediaLabel, plan.media(exports));
        Views.show(blockedBox, plan.blocked().isPresent());
        blockedReason.setText(plan.blocked().orElse(""));
        blockedWhat.setText(plan.blockedWhat());
        groupsPaneController.show(groups, address, groupsWanted);
        long entries = preparation.summary().entries();
        boolean groupsMove = groupsPaneController.moving();
        Views.text(note, entries == 0 && !groupsMove ? texts.get("history.nothing")
                : earlier.unfinished() ? texts.get("history.continue", earlier.confirmed(), entries) : "");
        upload.setText(earlier.unfinished() ? texts.get("history.upload.continue")
                : preparation.path() == UploadPath.NOTES ? texts.get("history.upload.notes") : texts.get("history.upload"));
        Views.show(upload, plan.blocked().isEmpty() && (entries > 0 || groupsMove) && groupsPaneController.ready());
        Views.show(operatorBox, !preparation.importOffered() && entries > 0);
        operatorText.setText(plan.operator());
    }

    /** Says that the upload was stopped, and how far it had come. */
    void stopped(long confirmed) {
        Views.text(note, texts.get("history.stopped", confirmed, prepared.summary().entries()));
    }

    private void saveOperatorFile() {
        // The operator's tools (prosody-migrator) read the account from the file's name: USER@DOMAIN.xml.
        String suggested = account + ".xml";
        context.dialogs().saveFile(upload.getScene().getWindow(), texts.get("history.operator.dialog"), suggested)
                .ifPresent(this::writeOperatorFile);
    }

    private void writeOperatorFile(Path file) {
        HistoryPlanner planner = new HistoryPlanner(context.state().choices(), account, Set.of());
        Locale language = labels;
        String domain = prepared.domain();
        working.set(true);
        Views.text(operatorSaved, texts.get("history.operator.writing"));
        Tasks.create(() -> OperatorFile.write(planner, language, file))
                .onSuccess(written -> {
                    Views.text(operatorSaved, texts.get("history.operator.saved", written.messages(), file.toString(),
                            domain));
                    handedToOperator.set(true);
                    Views.show(checkArchive, true);
                })
                .onError(TraslocoException.class, problem -> Views.text(operatorSaved,
                        ErrorView.plainMessage(problem, texts)))
                .andFinally(() -> working.set(false))
                .runOnce(context.jobs());
    }
}
