package org.trasloco.app.wizard.history;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.groups.GroupPlan;
import org.trasloco.move.groups.GroupsPreparation;
import org.trasloco.move.groups.RoomAnswer;

/**
 * The groups in the plan: each group becomes a members-only group chat with its history in the
 * group chat's archive (unencrypted there too), or why the groups stay notes; a question for each
 * group whose group chat's name is in use; and "keep the groups as notes instead", remembered on
 * the move.
 */
public final class GroupsPlanController {

    private final WizardTexts texts;
    private final MoveChoices choices;
    private final Map<String, RoomAnswer> answers = new LinkedHashMap<>();
    private GroupsPreparation prepared;
    private XmppAddress account;
    private Runnable prepareAgain = () -> { };
    private boolean showing;

    @FXML
    private VBox groupsBox;
    @FXML
    private Label groupsWhat;
    @FXML
    private Label groupsDisclosure;
    @FXML
    private Label groupsRetention;
    @FXML
    private Label groupsBlocked;
    @FXML
    private VBox roomsBox;
    @FXML
    private CheckBox asNotes;
    @FXML
    private Label asNotesHint;

    /**
     * Creates the controller (by the FXML loader).
     *
     * @param context the wizard
     */
    public GroupsPlanController(WizardContext context) {
        this.texts = context.texts();
        this.choices = context.state().choices();
    }

    @FXML
    private void initialize() {
        asNotes.selectedProperty().addListener((o, was, notes) -> {
            if (!showing) {
                choices.groups(account, notes ? GroupsChoice.NOTES : GroupsChoice.ROOMS);
                prepareAgain.run();
            }
        });
        Views.show(groupsBox, false);
    }

    /** What an answer or "notes instead" does: the plan is prepared again with it. */
    void onChange(Runnable action) {
        this.prepareAgain = action;
    }

    /** Where the user wants the groups of an account: as chosen on this move, else in group chats. */
    GroupsChoice wanted(XmppAddress address) {
        return choices.groups(address).orElse(GroupsChoice.ROOMS);
    }

    /** The user's answers for groups whose group chat's name was in use, by group. */
    Map<String, RoomAnswer> answers() {
        return Map.copyOf(answers);
    }

    /** Forgets the answers (the server refused one of them). */
    void forgetAnswers() {
        answers.clear();
    }

    /** Whether the groups can go as planned: no question open, and the service keeps their history. */
    boolean ready() {
        return prepared == null || prepared.questions().isEmpty() && (prepared.rooms().isEmpty()
                || !prepared.verdict().blocks());
    }

    /** Whether groups go into group chats. */
    boolean moving() {
        return prepared != null && !prepared.rooms().isEmpty();
    }

    /**
     * Shows what happens to the groups.
     *
     * @param preparation what the server offers for them
     * @param address the account
     * @param wanted what the preparation was asked for
     */
    void show(GroupsPreparation preparation, XmppAddress address, GroupsChoice wanted) {
        this.prepared = preparation;
        this.account = address;
        GroupsTexts words = new GroupsTexts(texts);
        boolean groups = !preparation.rooms().isEmpty() || !preparation.notes().isEmpty();
        Views.show(groupsBox, groups);
        groupsWhat.setText(words.what(preparation));
        Views.text(groupsDisclosure, words.disclosure(preparation));
        Views.text(groupsRetention, words.retention(preparation));
        Views.text(groupsBlocked, words.blocked(preparation));
        roomsBox.getChildren().clear();
        for (GroupPlan plan : preparation.rooms()) {
            Label room = Views.wrapped(words.room(plan));
            room.getStyleClass().add("groups-room");
            roomsBox.getChildren().addAll(room, Views.wrapped(words.people(plan)));
            if (plan.status().needsAnswer()) {
                roomsBox.getChildren().add(new RoomQuestion(texts, plan, preparation.service(),
                        answer -> answered(plan, answer)));
            }
        }
        Views.show(roomsBox, !roomsBox.getChildren().isEmpty());
        // Notes instead: offered where group chats are, and kept in sight once chosen.
        boolean offered = preparation.choice() == GroupsChoice.ROOMS || wanted == GroupsChoice.NOTES;
        showing = true;
        asNotes.setSelected(wanted == GroupsChoice.NOTES);
        showing = false;
        Views.show(asNotes, groups && offered);
        Views.show(asNotesHint, groups && offered);
    }

    private void answered(GroupPlan plan, RoomAnswer answer) {
        answers.put(plan.key(), answer);
        prepareAgain.run();
    }
}
