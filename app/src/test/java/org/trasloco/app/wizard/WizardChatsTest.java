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
import org.testfx.util.WaitForAsyncUtils;
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

        // While it runs: progress values keep changing, and the FX thread answers within a second.
        List<Double> seen = new ArrayList<>();
        long worstLatency = 0;
        ProgressBar bar = robot.lookup("#progress").queryAs(ProgressBar.class);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end && WizardFixture.fx(() -> robot.lookup("#progressBox").query().isVisible())) {
            long asked = System.nanoTime();
            double value = WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(bar::getProgress));
            worstLatency = Math.max(worstLatency, System.nanoTime() - asked);
            if (value >= 0 && (seen.isEmpty() || value != seen.get(seen.size() - 1))) {
                seen.add(value);
            }
            if (seen.size() >= 5 && value > 0.3) {
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(seen.size() >= 3, "progress updates keep arriving: " + seen);
        assertTrue(worstLatency < TimeUnit.SECONDS.toNanos(2), "the window answered within 2 s: " + worstLatency / 1e6 + " ms");

        robot.clickOn("#cancel");
        WizardFixture.await("stopped", () -> !robot.lookup("#progressBox").query().isVisible());
        assertEquals(List.of(), fixture.window.state().workspace().conversations(), "nothing kept from a cancelled file");
        assertTrue(robot.lookup("#next").queryButton().isDisabled());
        assertEquals(Set.of(), fixture.window.state().excludedSnapshot());
        Platform.runLater(() -> { });
    }
}
