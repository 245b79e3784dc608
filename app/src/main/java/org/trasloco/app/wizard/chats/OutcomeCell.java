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

/** One dropped file in the list: its name, what happened in plain words, and what is worth a look. */
final class OutcomeCell extends ListCell<FileOutcome> {

    private final WizardTexts texts;

    OutcomeCell(WizardTexts texts) {
        this.texts = texts;
    }

    @Override
    protected void updateItem(FileOutcome outcome, boolean empty) {
        super.updateItem(outcome, empty);
        getStyleClass().removeAll("imported", "failed", "question");
        if (empty || outcome == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        Label name = new Label(outcome.path().getFileName().toString());
        name.getStyleClass().add("outcome-name");
        Label status = new Label(statusText(outcome));
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, name, status);
        switch (outcome.status()) {
            case IMPORTED -> {
                getStyleClass().add("imported");
                if (outcome.warningCount() > 0) {
                    VBox list = new VBox(2);
                    for (ImportWarning warning : outcome.warnings()) {
                        Label line = new Label(warning.line() > 0
                                ? texts.get("chats.warning.line", warning.line(), texts.get(warning.text()))
                                : texts.get(warning.text()));
                        line.setWrapText(true);
                        line.setMinHeight(Region.USE_PREF_SIZE);
                        list.getChildren().add(line);
                    }
                    TitledPane details = new TitledPane(texts.get("chats.warnings", outcome.warningCount()), list);
                    details.setExpanded(false);
                    details.setAccessibleText(texts.get("chats.warnings", outcome.warningCount()));
                    box.getChildren().add(details);
                }
            }
            case FAILED -> {
                getStyleClass().add("failed");
                box.getChildren().add(new ErrorView(outcome.error(), texts));
            }
            case NEEDS_DATE_ORDER -> getStyleClass().add("question");
            default -> {
                // Reading and cancelled need no more than their status line.
            }
        }
        setText(null);
        setGraphic(box);
        setAccessibleText(name.getText() + ": " + status.getText());
    }

    private String statusText(FileOutcome outcome) {
        return switch (outcome.status()) {
            case READING -> texts.get("chats.status.reading");
            case IMPORTED -> {
                ImportReport report = outcome.report();
                yield texts.get("chats.status.imported", report.conversations().size(), report.messagesRead(),
                        report.messagesAdded());
            }
            case NEEDS_DATE_ORDER -> texts.get("chats.status.question");
            case FAILED -> texts.get("chats.status.failed");
            case CANCELLED -> texts.get("chats.status.cancelled");
        };
    }
}
