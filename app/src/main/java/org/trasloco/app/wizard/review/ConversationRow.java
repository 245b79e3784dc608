package org.trasloco.app.wizard.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.core.workspace.ConversationSummary;

/** A conversation in the review table, with whether it moves. */
final class ConversationRow {

    private final ConversationSummary summary;
    private final BooleanProperty selected;

    ConversationRow(ConversationSummary summary, boolean selected) {
        this.summary = summary;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    ConversationSummary summary() {
        return summary;
    }

    BooleanProperty selected() {
        return selected;
    }

    String key() {
        return MoveChoices.keyOf(summary);
    }
}
