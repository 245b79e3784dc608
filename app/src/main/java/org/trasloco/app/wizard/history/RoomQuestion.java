package org.trasloco.app.wizard.history;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.groups.GroupPlan;
import org.trasloco.move.groups.RoomAnswer;
import org.trasloco.xmpp.groupchat.RoomNames;

/**
 * The question for a group whose group chat's address is in use: another name, or — when that
 * group chat is the user's own — whether to use it. Never answered for the user.
 */
final class RoomQuestion extends VBox {

    private final WizardTexts texts;
    private final GroupPlan plan;
    private final String service;
    private final Consumer<RoomAnswer> answered;
    private final TextField name = new TextField();
    private final Label problem = Views.wrapped("");

    /**
     * The question's controls.
     *
     * @param texts the window's language
     * @param plan the group and the room in use
     * @param service the group-chat service
     * @param answered takes the user's answer
     */
    RoomQuestion(WizardTexts texts, GroupPlan plan, String service, Consumer<RoomAnswer> answered) {
        super(6);
        this.texts = texts;
        this.plan = plan;
        this.service = service;
        this.answered = answered;
        String title = plan.group().title();
        getStyleClass().add("groups-question");
        name.setId("roomName");
        name.setPromptText(texts.get("groups.name.prompt"));
        name.setAccessibleText(texts.get("groups.name.accessible", title));
        name.setPrefColumnCount(18);
        name.setOnAction(event -> rename());
        Button rename = new Button(texts.get("groups.name.use"));
        rename.setId("useRoomName");
        rename.setAccessibleText(texts.get("groups.name.use.accessible", title));
        rename.setOnAction(event -> rename());
        FlowPane row = new FlowPane(10, 8, name, rename);
        if (plan.status() == GroupPlan.Status.EXISTS_OWNED) {
            Button useMine = new Button(texts.get("groups.useMine"));
            useMine.setId("useMyRoom");
            useMine.setAccessibleText(texts.get("groups.useMine.accessible", title, plan.room()));
            useMine.setOnAction(event -> answered.accept(new RoomAnswer.UseExisting()));
            row.getChildren().add(0, useMine);
        }
        problem.getStyleClass().add("error-message");
        Views.show(problem, false);
        getChildren().addAll(row, problem);
    }

    /** Takes the typed name when it can be a group chat's name on the service; else says why not. */
    private void rename() {
        String typed = name.getText().strip();
        if (typed.isEmpty()) {
            Views.text(problem, texts.get("groups.name.empty"));
            name.requestFocus();
            return;
        }
        try {
            RoomNames.address(typed, JidCreate.domainBareFromOrThrowUnchecked(service));
        } catch (TraslocoException invalid) {
            Views.text(problem, ErrorView.plainMessage(invalid, texts));
            name.requestFocus();
            return;
        }
        answered.accept(new RoomAnswer.Rename(typed));
    }

    /** The group this question is about. */
    GroupPlan plan() {
        return plan;
    }
}
