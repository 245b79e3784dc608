package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trasloco.app.wizard.common.ErrorView;
import org.trasloco.importers.whatsapp.synthetic.SyntheticChat;

/** The chats step with bad files and big files. */
class WizardChatsTest extends WizardTestBase {

    private void openAtChats(FxRobot robot) {
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, dir.resolve("move.trasloco"), Locale.ENGLISH, TextSize.NORMAL));
        robot.clickOn("#me").clickOn("#next");
        WizardFixture.await("the chats step", () -> robot.lookup("#typedPath").tryQuery().isPresent());
    }

    @Test
    void aBadFileIsExplainedInPlainWordsAndEndsNothing(FxRobot robot) throws Exception {
        Path picture = Files.write(dir.resolve("holiday.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I'});
        Path good = Files.writeString(dir.resolve("WhatsApp Chat with Sam.txt"), "14/02/2024, 09:12 - Sam: ciao\n");
        openAtChats(robot);
        robot.clickOn("#typedPath").write(picture.toString()).type(javafx.scene.input.KeyCode.ENTER);
        WizardFixture.await("the error", () -> robot.lookup(".error-view").tryQuery().isPresent());
        ErrorView error = robot.lookup(".error-view").queryAs(ErrorView.class);
        String shown = WizardFixture.fx(() -> ((javafx.scene.control.Label) error.getChildren().get(0)).getText());
        assertTrue(shown.contains("holiday.txt") && shown.contains("binary data"), shown);
        assertFalse(shown.contains("Exception"), "no stack trace in the user's face: " + shown);
        TitledPane details = robot.lookup(".error-view .titled-pane").queryAs(TitledPane.class);
        assertFalse(details.isExpanded(), "technical details folded away");
        robot.clickOn(details);
        robot.clickOn(robot.lookup(".error-view .button").queryAs(Button.class));
        String copied = WizardFixture.fx(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(copied.contains("holiday.txt") && copied.contains("TraslocoException"), copied);
        fixture.assertAccessible();
        fixture.screenshot("wizard-1-chats-error-en");

        robot.clickOn("#typedPath").write(good.toString()).type(javafx.scene.input.KeyCode.ENTER);
        WizardFixture.await("the good file imported", () -> !robot.lookup("#next").queryButton().isDisabled());
        assertEquals(1, fixture.window.state().workspace().conversations().size());
    }

    @Test
    void theWindowKeepsRespondingWhileABigExportImportsAndCancelKeepsNothing(FxRobot robot) throws Exception {
        Path big = dir.resolve("WhatsApp Chat with Big Group.txt");
        SyntheticChat.android(400_000).writeTo(big);
        openAtChats(robot);
        robot.clickOn("#typedPath").write(big.toString()).type(javafx.scene.input.KeyCode.ENTER);
        WizardFixture.await("the import runs", () -> robot.lookup("#progressBox").query().isVisible());

        // While it runs, progress updates arrive on the FX thread (each one an event the window
        // handled), and the FX thread still serves other work queued to it.
        List<Double> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch updates = new java.util.concurrent.CountDownLatch(5);
        ProgressBar bar = robot.lookup("#progress").queryAs(ProgressBar.class);
        javafx.beans.value.ChangeListener<Number> onProgress = (observed, before, now) -> {
            if (now.doubleValue() >= 0) {
                seen.add(now.doubleValue());
                updates.countDown();
            }
        };
        WizardFixture.fx(() -> bar.progressProperty().addListener(onProgress));
        assertTrue(updates.await(120, TimeUnit.SECONDS), "progress updates keep arriving: " + seen);
        java.util.concurrent.CountDownLatch served = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(served::countDown);
        assertTrue(served.await(120, TimeUnit.SECONDS), "the window serves other work while the import runs");
        WizardFixture.fx(() -> bar.progressProperty().removeListener(onProgress));

        robot.clickOn("#cancel");
        WizardFixture.await("stopped", () -> !robot.lookup("#progressBox").query().isVisible());
        assertEquals(List.of(), fixture.window.state().workspace().conversations(), "nothing kept from a cancelled file");
        assertTrue(robot.lookup("#next").queryButton().isDisabled());
        assertEquals(Set.of(), fixture.window.state().excludedSnapshot());
        Platform.runLater(() -> { });
    }
}
