package org.trasloco.app.wizard.history;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.upload.UploadPath;
import org.trasloco.xmpp.archive.verify.VerificationReport;

/**
 * The conversations, one per line: before the upload what goes and how; after the read-back what the
 * server holds of each.
 */
public final class ConversationsController {

    private final WizardContext context;
    private final WizardTexts texts;
    private final ObservableList<ConversationRow> rows = FXCollections.observableArrayList();

    @FXML
    private Label conversationsTitle;
    @FXML
    private TableView<ConversationRow> conversations;
    @FXML
    private TableColumn<ConversationRow, String> titleColumn;
    @FXML
    private TableColumn<ConversationRow, Long> messagesColumn;
    @FXML
    private TableColumn<ConversationRow, String> howColumn;
    @FXML
    private TableColumn<ConversationRow, String> confirmedColumn;
    @FXML
    private TableColumn<ConversationRow, String> problemsColumn;
    @FXML
    private Label leftOutHint;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public ConversationsController(WizardContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    @FXML
    private void initialize() {
        conversations.setItems(rows);
        conversations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        conversations.setPlaceholder(new Label(texts.get("history.conversations.none")));
        titleColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().title()));
        messagesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().messages()));
        howColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().how()));
        confirmedColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().confirmed()));
        problemsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().problems()));
        double em = context.settings().textSize().pixels();
        titleColumn.setPrefWidth(11 * em);
        titleColumn.setMinWidth(7 * em);
        messagesColumn.setPrefWidth(7 * em);
        messagesColumn.setMinWidth(6 * em);
        howColumn.setPrefWidth(14 * em);
        confirmedColumn.setPrefWidth(9 * em);
        confirmedColumn.setMinWidth(7 * em);
        problemsColumn.setPrefWidth(12 * em);
    }

    /** Whether there is any line to show. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Nothing to show (a result remembered from an earlier session has no lines). */
    void clear() {
        rows.clear();
    }

    /**
     * What goes, before anything is sent.
     *
     * @param summary the plan's numbers
     * @param path how the history goes in
     * @param title the heading (how many messages from how many conversations)
     */
    void planned(PlanSummary summary, UploadPath path, String title) {
        conversationsTitle.setText(title);
        rows.setAll(ConversationRow.planned(summary, path, texts));
        columns(false);
        Views.show(leftOutHint, summary.conversations().stream().anyMatch(plan -> plan.skippedTotal() > 0));
    }

    /**
     * What the read-back found.
     *
     * @param report the read-back
     * @param summary the plan's numbers (how each conversation went in)
     * @param path how the history went in
     */
    void checked(VerificationReport report, PlanSummary summary, UploadPath path) {
        conversationsTitle.setText(texts.get("history.conversations.checked", report.conversations().size()));
        rows.setAll(ConversationRow.checked(report, summary, path, texts));
        columns(true);
        Views.show(leftOutHint, false);
    }

    private void columns(boolean checked) {
        confirmedColumn.setVisible(checked);
        problemsColumn.setVisible(checked);
        messagesColumn.setVisible(!checked);
        howColumn.setVisible(!checked);
        // Cells made while a column was hidden keep their old text otherwise.
        conversations.refresh();
    }
}
