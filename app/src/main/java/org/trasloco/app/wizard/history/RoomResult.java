package org.trasloco.app.wizard.history;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.move.groups.GroupPlan;
import org.trasloco.move.groups.RoomOutcome;

/**
 * One group chat after the run: its name and address, "N of N messages confirmed", who was made a member and
 * invited, the people still to come, and its join link with a button that copies it.
 */
final class RoomResult extends VBox {

    /**
     * The group chat's result.
     *
     * @param texts the window's language
     * @param words the groups in words
     * @param outcome what the run did and the read-back found
     */
    RoomResult(WizardTexts texts, GroupsTexts words, RoomOutcome outcome) {
        super(4);
        GroupPlan plan = outcome.group();
        getStyleClass().add("groups-result");
        Label title = Views.wrapped(plan.group().title());
        title.getStyleClass().add("title-3");
        // The address is one long word: it may be cut at the window's edge, never widen the step.
        Label room = Views.wrapped(texts.get("groups.done.room", plan.room()));
        room.setMinWidth(0);
        Label count = Views.wrapped(texts.get("history.done.count", outcome.verification().confirmed(),
                outcome.verification().expected()));
        count.getStyleClass().add("groups-count");
        getChildren().addAll(title, room, count);
        words.outcome(outcome).forEach(line -> getChildren().add(Views.wrapped(line)));

        TextField link = new TextField(plan.joinLink());
        link.setId("joinLink");
        link.setEditable(false);
        link.setPrefColumnCount(12);
        link.setMinWidth(0);
        link.setMaxWidth(Double.MAX_VALUE);
        link.setAccessibleText(texts.get("groups.done.link.accessible", plan.group().title(), plan.joinLink()));
        Button copy = new Button(texts.get("groups.done.copy"));
        copy.setId("copyJoinLink");
        copy.setAccessibleText(texts.get("groups.done.copy.accessible", plan.group().title()));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(plan.joinLink());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(texts.get("groups.done.copied"));
        });
        getChildren().addAll(Views.wrapped(texts.get("groups.done.link")), link, copy);
    }
}
