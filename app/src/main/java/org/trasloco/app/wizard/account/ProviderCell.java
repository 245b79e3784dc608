package org.trasloco.app.wizard.account;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trasloco.move.account.ProviderAdvice.ProviderOption;

/** One server in the list: its name, then its facts for this move, one per line. */
final class ProviderCell extends ListCell<ProviderOption> {

    private final ProviderFacts facts;

    ProviderCell(ProviderFacts facts) {
        this.facts = facts;
        setPrefWidth(0);
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
        VBox box = new VBox(2);
        // Wrap within the list's width (less its scroll bar), never widen the list.
        box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
        box.setMinWidth(0);
        Label title = wrapped(facts.title(option));
        title.getStyleClass().add("server-name");
        box.getChildren().add(title);
        for (String line : facts.lines(option)) {
            box.getChildren().add(wrapped(line));
        }
        if (option.keepsHistory() != null) {
            getStyleClass().add(option.keepsHistory() ? "keeps-history" : "deletes-history");
        }
        setGraphic(box);
        setAccessibleText(facts.spoken(option));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
