package org.trasloco.app.wizard.account;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.trasloco.move.account.ProviderAdvice.ProviderOption;

/** One server in the list: its name, then its facts for this move, one per line. */
final class ProviderCell extends ListCell<ProviderOption> {

    private final ProviderFacts facts;
    /** The cell's one box, filled again for each server it shows (a cell is reused while scrolling). */
    private final VBox box = new VBox(2);

    ProviderCell(ProviderFacts facts) {
        this.facts = facts;
        setPrefWidth(0);
        box.setMinWidth(0);
        getStyleClass().add("server-cell");
    }

    @Override
    protected void updateItem(ProviderOption option, boolean empty) {
        super.updateItem(option, empty);
        getStyleClass().removeAll("keeps-history", "deletes-history");
        if (empty || option == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        if (!box.prefWidthProperty().isBound()) {
            // Wrap within the list's width (less its scroll bar), never widen the list.
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
        }
        Label title = StepFeedback.wrapped(facts.title(option));
        title.getStyleClass().add("server-name");
        box.getChildren().setAll(title);
        for (String line : facts.lines(option)) {
            box.getChildren().add(StepFeedback.wrapped(line));
        }
        if (option.keepsHistory() != null) {
            getStyleClass().add(option.keepsHistory() ? "keeps-history" : "deletes-history");
        }
        setGraphic(box);
        setAccessibleText(facts.spoken(option));
    }
}
