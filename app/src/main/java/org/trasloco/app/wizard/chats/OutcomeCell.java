package org.trasloco.app.wizard.chats;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.workspace.ImportReport;
import org.trasloco.move.chats.ImportOutcome;

/** One dropped file in the list: its name, what happened in plain words, and what is worth a look. */
final class OutcomeCell extends ListCell<FileRow> {

    private final WizardTexts texts;

    OutcomeCell(WizardTexts texts) {
        this.texts = texts;
    }

    @Override
    protected void updateItem(FileRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("imported", "failed", "question");
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        Label name = new Label(row.path().getFileName().toString());
        name.getStyleClass().add("outcome-name");
        Label status = new Label(statusText(row.outcome()));
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, name, status);
        ImportOutcome outcome = row.outcome();
        if (outcome instanceof ImportOutcome.Imported imported) {
            getStyleClass().add("imported");
            if (imported.warningCount() > 0) {
                box.getChildren().add(warnings(imported));
            }
        } else if (outcome instanceof ImportOutcome.Failed failed) {
            getStyleClass().add("failed");
            box.getChildren().add(new ErrorView(failed.error(), texts));
        } else if (row.asks()) {
            getStyleClass().add("question");
        }
        setText(null);
        setGraphic(box);
        setAccessibleText(name.getText() + ": " + status.getText());
    }

    private TitledPane warnings(ImportOutcome.Imported imported) {
        VBox list = new VBox(2);
        for (ImportWarning warning : imported.warnings()) {
            Label line = new Label(warning.line() > 0
                    ? texts.get("chats.warning.line", warning.line(), texts.get(warning.text()))
                    : texts.get(warning.text()));
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            list.getChildren().add(line);
        }
        TitledPane details = new TitledPane(texts.get("chats.warnings", imported.warningCount()), list);
        details.setExpanded(false);
        details.setAccessibleText(texts.get("chats.warnings", imported.warningCount()));
        return details;
    }

    private String statusText(ImportOutcome outcome) {
        if (outcome == null) {
            return texts.get("chats.status.reading");
        }
        if (outcome instanceof ImportOutcome.Imported imported) {
            ImportReport report = imported.report();
            String text = texts.get("chats.status.imported", report.conversations().size(), report.messagesRead(),
                    report.messagesAdded());
            return imported.partial() ? text + " " + texts.get("chats.status.partial") : text;
        }
        if (outcome instanceof ImportOutcome.NeedsDateOrder) {
            return texts.get("chats.status.question");
        }
        if (outcome instanceof ImportOutcome.CutOff cut) {
            return texts.get("chats.status.cutOff", cut.messagesBeforeCut());
        }
        if (outcome instanceof ImportOutcome.Failed) {
            return texts.get("chats.status.failed");
        }
        return texts.get("chats.status.cancelled");
    }
}
