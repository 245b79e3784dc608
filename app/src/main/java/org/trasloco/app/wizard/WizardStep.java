package org.trasloco.app.wizard;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trasloco.move.choices.Journey;

/**
 * The steps of the wizard, in order, each naming its FXML view, its title key and the journeys it
 * belongs to: moving oneself and helping someone take the same steps; a workshop has its own.
 */
public enum WizardStep {
    /** Language and who is moving. */
    WELCOME("welcome/welcome.fxml", "step.welcome", EnumSet.allOf(Journey.class)),
    /** Drop the exported chats in. */
    CHATS("chats/chats.fxml", "step.chats", EnumSet.of(Journey.ME, Journey.HELPER)),
    /** Check what was found; pick what moves. */
    REVIEW("review/review.fxml", "step.review", EnumSet.of(Journey.ME, Journey.HELPER)),
    /** Everyone in the chats as one list of people; who is the user; invite, known address or skip. */
    PEOPLE("people/people.fxml", "step.people", EnumSet.of(Journey.ME, Journey.HELPER)),
    /**
     * The history into the new address's archive: where it goes and why, the upload with its
     * progress, and the read-back.
     */
    HISTORY("history/history.fxml", "step.history", EnumSet.of(Journey.ME, Journey.HELPER)),
    /** Send each person their invitation in their language; print the kit. */
    INVITE("invite/invite.fxml", "step.invite", EnumSet.of(Journey.ME, Journey.HELPER)),
    /** A workshop: the participants list and the server; everyone's address. */
    PARTICIPANTS("workshop/participants.fxml", "step.participants", EnumSet.of(Journey.WORKSHOP)),
    /** A workshop, optionally: an account invitation per participant, from the server's administrator. */
    ACCOUNT_INVITATIONS("workshop/invitations.fxml", "step.accountInvitations", EnumSet.of(Journey.WORKSHOP)),
    /** A workshop: one kit per participant and the facilitator sheet, saved and printed. */
    KITS("workshop/kits.fxml", "step.kits", EnumSet.of(Journey.WORKSHOP)),
    /** What was done, what to do next, where the move is kept. */
    DONE("done/done.fxml", "step.done", EnumSet.allOf(Journey.class));

    private final String view;
    private final String titleKey;
    private final Set<Journey> journeys;

    WizardStep(String view, String titleKey, Set<Journey> journeys) {
        this.view = view;
        this.titleKey = titleKey;
        this.journeys = journeys;
    }

    /** The step of a saved name, if this version has it. */
    static Optional<WizardStep> named(String name) {
        return Arrays.stream(values()).filter(step -> step.name().equals(name)).findFirst();
    }

    /** The FXML file, relative to this package. */
    public String view() {
        return view;
    }

    /** The bundle key of the step's short title. */
    public String titleKey() {
        return titleKey;
    }

    /**
     * The steps of a journey, in order.
     *
     * @param journey who is moving
     * @return the steps
     */
    public static List<WizardStep> path(Journey journey) {
        return Arrays.stream(values()).filter(step -> step.journeys.contains(journey)).toList();
    }

    /** The step after this one on a journey, or {@code null} for the last. */
    public WizardStep next(Journey journey) {
        List<WizardStep> path = path(journey);
        int at = path.indexOf(this);
        return at >= 0 && at + 1 < path.size() ? path.get(at + 1) : null;
    }

    /** The step before this one on a journey, or {@code null} for the first. */
    public WizardStep previous(Journey journey) {
        List<WizardStep> path = path(journey);
        int at = path.indexOf(this);
        return at > 0 ? path.get(at - 1) : null;
    }
}
