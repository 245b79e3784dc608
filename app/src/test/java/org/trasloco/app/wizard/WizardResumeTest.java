package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trasloco.app.cli.CliRun;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.Journey;

/** Close the window, come back later: the move continues exactly where it stopped. */
class WizardResumeTest extends WizardTestBase {

    @Test
    void aSavedMoveOpensAtItsStepWithItsChoices(FxRobot robot) throws Exception {
        Path workspace = dir.resolve("move.trasloco");
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), "14/02/2024, 09:12 - Ada: ciao\n");
        assertEquals(0, CliRun.of("import", chat.toString(), "--workspace", workspace.toString()).exit());
        try (Workspace open = Workspace.open(workspace)) {
            WizardState state = WizardState.load(open, Locale.ENGLISH);
            state.journey().set(Journey.HELPER);
            state.zone().set(ZoneId.of("America/Sao_Paulo"));
            state.excludedConversations().add("whatsapp/Family");
            state.step().set(WizardStep.REVIEW);
        }

        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, workspace, Locale.ITALIAN, TextSize.NORMAL));
        WizardFixture.await("the review step", () -> robot.lookup("#table").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().size() == 1);
        WizardState state = fixture.window.state();
        assertTrue(state.resumed());
        assertEquals(Journey.HELPER, state.journey().get());
        assertEquals(ZoneId.of("America/Sao_Paulo"), state.zone().get());
        assertEquals(Set.of("whatsapp/Family"), state.excludedSnapshot());
        assertTrue(robot.lookup("#summary").queryAs(Label.class).getText().startsWith("Nessuna conversazione su 1"));

        robot.clickOn("#back").clickOn("#back");
        WizardFixture.await("the welcome step", () -> robot.lookup("#resumeBox").tryQuery().isPresent());
        String resume = robot.lookup("#resumeLabel").queryAs(Label.class).getText();
        assertTrue(resume.contains("1 chat") && resume.contains("1 messaggio"), resume);
        fixture.screenshot("wizard-0-welcome-resume-it");
    }
}
