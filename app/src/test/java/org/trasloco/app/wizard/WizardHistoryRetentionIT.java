package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.trasloco.move.choices.Journey;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;

/**
 * A server that keeps archives for a week (Prosody's default) and a history from 2016: the step
 * explains that the server would delete it and what to do, sends nothing, and lets the user go on
 * without the history on the server. For a helper, the same in words about the person helped.
 */
class WizardHistoryRetentionIT extends WizardTestBase {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import").withGlobal("archive_expires_after = \"1w\""));

    @Test
    void aServerThatWouldDeleteTheHistoryIsExplainedAndNothingIsSent(FxRobot robot) {
        ArchiveAccount anna = openAndLogIn(robot, "anna", Journey.ME);
        String reason = HistoryWalk.text(robot, "#blockedReason");
        assertTrue(reason.startsWith("localhost deletes archived messages after 7 days, but your oldest message is "),
                reason);
        assertTrue(HistoryWalk.text(robot, "#blockedWhat").contains("go Back and choose a server"));
        assertTrue(HistoryWalk.text(robot, "#disclosureLabel").contains("It keeps them for 7 days."));
        assertFalse(HistoryWalk.shown(robot, "#upload"), "no Upload");
        assertTrue(robot.lookup("#next").queryButton().isDisabled());
        fixture.assertAccessible();
        fixture.screenshot("wizard-5-history-blocked-en");

        HistoryWalk.press(robot, "#skip");
        assertFalse(robot.lookup("#next").queryButton().isDisabled(), "going on without it is the user's choice");
        assertEquals(0, fixture.window.state().workspace().uploadLedger(anna.jid()).counts().sent(), "nothing sent");
    }

    @Test
    void forAHelperTheStepSpeaksAboutThePersonHelped(FxRobot robot) {
        openAndLogIn(robot, "nonna", Journey.HELPER);
        assertTrue(HistoryWalk.text(robot, "#accountLabel").startsWith("Their address: nonna"));
        assertTrue(HistoryWalk.text(robot, "#pathLabel").startsWith("Their history goes into the archive"));
        assertTrue(HistoryWalk.text(robot, "#blockedReason").contains("but their oldest message is"));
        assertTrue(WizardFixture.fx(() -> robot.lookup("#skip").queryAs(CheckBox.class).getText())
                .equals("Go on without putting the history on the server"));
        fixture.assertAccessible();
    }

    private ArchiveAccount openAndLogIn(FxRobot robot, String name, Journey journey) {
        ArchiveAccount account = ArchiveAccount.register(PROSODY.server(), name);
        fixture = HistoryWalk.openLoggedIn(dir, stage, robot, PROSODY.server(), account, journey, 1, 10, 0);
        return account;
    }
}
