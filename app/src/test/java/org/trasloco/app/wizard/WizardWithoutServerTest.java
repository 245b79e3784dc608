package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trasloco.move.choices.Journey;

/**
 * Someone who wants no server at all goes from their chats to a private copy alone: the address step
 * lets them go on without one, the history step says the history stays here, and Done keeps the copy.
 */
class WizardWithoutServerTest extends WizardTestBase {

    @Test
    void fromTheChatsToAPrivateCopyWithoutAnyServer(FxRobot robot) throws Exception {
        fixture = new WizardFixture(dir);
        AccountStepDriver.open(robot, fixture, stage, dir, Locale.ENGLISH, TextSize.NORMAL, Journey.ME);
        assertTrue(robot.lookup("#next").queryButton().isDisabled(), "no address yet");

        click(robot, "#noServer");
        WizardFixture.await("Next without an address", () -> !robot.lookup("#next").queryButton().isDisabled());
        assertTrue(robot.lookup("#noServerChosen").queryAs(Label.class).getText().startsWith("Fine: press Next."));
        fixture.assertAccessible();
        robot.clickOn("#next");

        // The history step: no address, so the history stays on this computer.
        WizardFixture.await("the history step", () -> HistoryWalk.shown(robot, "#noAccount"));
        assertTrue(robot.lookup("#next").queryButton().isDisabled());
        click(robot, "#skip");
        WizardFixture.await("Next once skipped", () -> !robot.lookup("#next").queryButton().isDisabled());
        robot.clickOn("#next");

        // Invite & print, then Done with its private copy.
        WizardFixture.await("the invite step", () -> fixture.window.state().step().get() == WizardStep.INVITE);
        robot.clickOn("#next");
        WizardFixture.await("Done", () -> robot.lookup("#moved .done-line").queryAll().size() == 3);
        assertTrue(robot.lookup("#address").queryAs(Label.class).getText().startsWith("No new address yet"));
        Path copies = Files.createDirectories(dir.resolve("copies"));
        fixture.dialogs.answer(copies);
        click(robot, "#web");
        WizardFixture.await("the copy saved", () -> robot.lookup("#status").queryAs(Label.class).getText()
                .startsWith("Saved:"));
        assertTrue(Files.isRegularFile(copies.resolve("Our chats").resolve("index.html")));
        assertFalse(fixture.window.state().account().get() != null, "no account was ever made");
    }

    /** Clicks a control further down a step: taking the focus scrolls it into view, as Tab does. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        WizardFixture.fx(node::requestFocus);
        WizardFixture.await(query + " laid out", () -> node.getLayoutBounds().getWidth() > 0);
        robot.clickOn(node);
    }
}
