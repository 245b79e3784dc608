package org.trasloco.app.wizard;

/** The steps of the wizard, in order, each naming its FXML view and its title key. */
public enum WizardStep {
    /** Language and who is moving. */
    WELCOME("welcome/welcome.fxml", "step.welcome"),
    /** Drop the exported chats in. */
    CHATS("chats/chats.fxml", "step.chats"),
    /** Check what was found; pick what moves. */
    REVIEW("review/review.fxml", "step.review"),
    /** Everyone in the chats as one list of people; who is the user; invite, known address or skip. */
    PEOPLE("people/people.fxml", "step.people");

    private final String view;
    private final String titleKey;

    WizardStep(String view, String titleKey) {
        this.view = view;
        this.titleKey = titleKey;
    }

    /** The FXML file, relative to this package. */
    public String view() {
        return view;
    }

    /** The bundle key of the step's short title. */
    public String titleKey() {
        return titleKey;
    }

    /** The step after this one, or {@code null} for the last. */
    public WizardStep next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** The step before this one, or {@code null} for the first. */
    public WizardStep previous() {
        return ordinal() > 0 ? values()[ordinal() - 1] : null;
    }
}
