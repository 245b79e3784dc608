package org.trasloco.app.wizard.workshop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.layout.VBox;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.app.wizard.common.Tasks;
import org.trasloco.app.wizard.common.WizardTexts;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.workshop.PlannedParticipant;
import org.trasloco.move.choices.WorkshopChoices;
import org.trasloco.move.invites.WorkshopKits;

/**
 * The workshop as its steps share it: the workflow for its server and everyone's planned address,
 * with the account invitations created so far. Read again from the workspace by each step, so that
 * a step shows what was saved, also after the app was closed.
 *
 * @param kits the workflow for the server
 * @param participants the list it was read from
 * @param participantsPlanned everyone, in the list's order
 */
record WorkshopPlan(WorkshopKits kits, Path participants, List<PlannedParticipant> participantsPlanned) {

    /**
     * Reads the plan the workshop's choices describe (in the background: it reads the list).
     *
     * @param choices the workshop's choices
     * @param language the language of people the list gives none
     * @return the plan, once a list and a server were chosen
     */
    static Optional<WorkshopPlan> read(WorkshopChoices choices, Locale language) {
        Optional<Path> file = choices.participants();
        Optional<String> server = choices.server();
        if (file.isEmpty() || server.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(plan(choices, file.get(), server.get(), language));
    }

    /**
     * Plans a workshop from a list and a server, with the invitations created earlier.
     *
     * @param choices the workshop's choices (for the invitations)
     * @param file the participants list
     * @param server the server's domain
     * @param language the language of people the list gives none
     * @return the plan
     */
    static WorkshopPlan plan(WorkshopChoices choices, Path file, String server, Locale language) {
        WorkshopKits kits = new WorkshopKits(server, LandingLinks.standard(), null);
        return new WorkshopPlan(kits, file, WorkshopKits.withTokens(kits.plan(file, language), choices.tokens()));
    }

    /**
     * Reads the plan in the background and shows it, or the error, when read.
     *
     * @param context the wizard
     * @param choices the workshop's choices
     * @param busy true while it reads
     * @param problems where an error shows
     * @param show takes the plan, if there is one yet
     */
    static void load(WizardContext context, WorkshopChoices choices, BooleanProperty busy, VBox problems,
            Consumer<Optional<WorkshopPlan>> show) {
        WizardTexts texts = context.texts();
        busy.set(true);
        Tasks.create(() -> read(choices, texts.locale()))
                .onSuccess(show)
                .onError(Exception.class, error -> problems.getChildren().setAll(new ErrorView(error, texts)))
                .andFinally(() -> busy.set(false))
                .runOnce(context.jobs());
    }

    /** How many participants have an account invitation. */
    long invited() {
        return participantsPlanned.stream().filter(p -> p.participant().accountToken() != null).count();
    }
}
