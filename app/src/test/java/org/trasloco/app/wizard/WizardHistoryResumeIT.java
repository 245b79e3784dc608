package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.Journey;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * An upload a person interrupts: paused and resumed, a Stop they take back, then the window closed in
 * the middle. The wizard opens again on the history step, asks only for the password, says how far the
 * upload had come and continues it: every message confirmed, none sent twice. The server takes 300
 * messages a second, so there is time to watch; every wait is on what the window shows.
 */
class WizardHistoryResumeIT extends WizardTestBase {

    private static final int MESSAGES = 6_000;

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false).withModule("archive_import")
            .withGlobal("archive_import_rate = 300"));

    @Test
    void pausedResumedClosedInTheMiddleAndContinuedAfterTheRestart(FxRobot robot) {
        TestProsody prosody = PROSODY.server();
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        Path workspace = dir.resolve("move.trasloco");
        HistoryWalk.move(workspace, 3, MESSAGES / 3, 0, prosody, anna, Journey.ME, WizardStep.HISTORY);
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, workspace, Locale.ENGLISH, TextSize.NORMAL));

        HistoryWalk.logIn(robot, anna);
        assertFalse(HistoryWalk.shown(robot, "#note"), "no earlier upload");
        assertEquals("Upload the history", HistoryWalk.text(robot, "#upload"));
        HistoryWalk.press(robot, "#upload");

        // Sending: the speed and the time left appear once measured; Back and Next wait.
        WizardFixture.await("the speed", () -> HistoryWalk.shown(robot, "#speed"));
        assertTrue(HistoryWalk.text(robot, "#speed").matches("[0-9,]+ messages a second, about .+ left"),
                HistoryWalk.text(robot, "#speed"));
        assertTrue(robot.lookup("#back").queryButton().isDisabled(), "Back waits for the upload");
        assertTrue(robot.lookup("#next").queryButton().isDisabled());
        fixture.assertAccessible();
        fixture.screenshot("wizard-5-history-progress-en");

        // Pause: nothing leaves while paused.
        robot.clickOn("#pause");
        WizardFixture.await("paused", () -> HistoryWalk.text(robot, "#activity").startsWith("Paused."));
        UploadLedger ledger = fixture.window.state().workspace().uploadLedger(anna.jid());
        long sentWhenPaused = ledger.counts().sent();
        double barWhenPaused = bar(robot);
        assertTrue(HistoryWalk.shown(robot, "#resume"));
        fixture.assertAccessible();
        fixture.screenshot("wizard-5-history-paused-en");
        assertEquals(sentWhenPaused, ledger.counts().sent(), "nothing was sent while paused");
        assertEquals(barWhenPaused, bar(robot));
        robot.clickOn("#resume");
        WizardFixture.await("sending again", () -> bar(robot) > barWhenPaused);

        // Stop asks first; "keep uploading" keeps it going.
        robot.clickOn("#cancel");
        WizardFixture.await("the question", () -> HistoryWalk.shown(robot, "#confirmQuestion"));
        assertTrue(HistoryWalk.text(robot, "#confirmQuestion").startsWith("Stop the upload?"));
        robot.clickOn("#confirmNo");
        assertFalse(HistoryWalk.shown(robot, "#confirmQuestion"));

        // Closing the window asks too; then the upload stops after its batch and the window closes.
        Stage first = stage;
        WizardFixture.fx(() -> first.fireEvent(new WindowEvent(first, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WizardFixture.await("the close question", () -> HistoryWalk.shown(robot, "#confirmQuestion"));
        assertTrue(HistoryWalk.text(robot, "#confirmQuestion").startsWith("An upload is on its way."));
        assertTrue(WizardFixture.fx(first::isShowing), "the window waits for the answer");
        robot.clickOn("#confirmYes");
        WizardFixture.await("the window closed", () -> !first.isShowing());
        UploadLedger.Counts atClose;
        try (Workspace open = Workspace.open(workspace)) {
            atClose = open.uploadLedger(anna.jid()).counts();
        }
        assertTrue(atClose.acknowledged() > 0 && atClose.acknowledged() < MESSAGES, atClose.toString());

        // Opened again: the history step, the password only, and how far the upload had come.
        WizardFixture.fx(() -> fixture.open(new Stage(), workspace, Locale.ENGLISH, TextSize.NORMAL));
        WizardFixture.await("the password", () -> HistoryWalk.shown(robot, "#password"));
        assertEquals(WizardStep.HISTORY, fixture.window.state().step().get());
        String underWay = HistoryWalk.text(robot, "#resumeNote");
        assertTrue(underWay.startsWith("An upload to localhost was under way: "), underWay);
        fixture.assertAccessible();
        fixture.screenshot("wizard-5-history-resume-en");
        HistoryWalk.logIn(robot, anna);
        assertTrue(HistoryWalk.text(robot, "#note").startsWith("An earlier upload stopped with "),
                HistoryWalk.text(robot, "#note"));
        assertEquals("Continue the upload", HistoryWalk.text(robot, "#upload"));
        HistoryWalk.press(robot, "#upload");
        WizardFixture.await("the read-back", () -> HistoryWalk.shown(robot, "#resultCount"));
        assertEquals("6,000 of 6,000 messages confirmed", HistoryWalk.text(robot, "#resultCount"));
        assertFalse(robot.lookup("#next").queryButton().isDisabled());
        assertEquals(new UploadLedger.Counts(MESSAGES, MESSAGES),
                fixture.window.state().workspace().uploadLedger(anna.jid()).counts(),
                "every message sent once and confirmed; the read-back found none twice");
        WizardFixture.fx(() -> fixture.stage.close());
    }

    private static double bar(FxRobot robot) {
        return WizardFixture.fx(() -> robot.lookup("#bar").queryAs(ProgressBar.class).getProgress());
    }
}
