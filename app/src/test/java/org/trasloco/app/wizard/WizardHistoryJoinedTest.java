package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.workspace.ServerInvitationStore;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;

/**
 * The history step of a move whose history was confirmed earlier, reopened after someone joined with
 * their server invitation: it says who joined and that uploading again moves the old chats to them.
 * Read from the workspace alone: no server, no password.
 */
class WizardHistoryJoinedTest extends WizardTestBase {

    private static final Instant CHECKED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void namesWhoJoinedSinceTheLastCheckAndOffersToUploadAgain(FxRobot robot) throws Exception {
        Path workspace = MoveAtInvite.create(dir, Journey.ME, WizardStep.HISTORY);
        try (Workspace open = Workspace.open(workspace)) {
            MoveChoices choices = MoveChoices.of(open);
            XmppAddress sam = XmppAddress.account(MoveAtInvite.ADDRESS);
            choices.verified(sam, new MoveChoices.Verified(9, 9, CHECKED));
            ServerInvitationStore store = open.serverInvitations(sam.toString());
            long nonna = MoveAtInvite.ids(open).get("Nonna Rosa");
            long jess = MoveAtInvite.ids(open).get("Jess");
            store.save(invitation(nonna, "Nonna Rosa").usedBy("rosa@example.org", CHECKED.plusSeconds(3600)));
            store.save(invitation(jess, "Jess"));
        }
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, workspace, Locale.ENGLISH, TextSize.NORMAL));
        WizardFixture.await("the earlier result", () -> !robot.lookup("#meaning").queryAs(Label.class).getText().isEmpty());

        String meaning = robot.lookup("#meaning").queryAs(Label.class).getText();
        assertTrue(meaning.startsWith("Checked on December 1, 2026: every message was on the server."), meaning);
        assertTrue(meaning.contains("Joined since then with your invitation: Nonna Rosa. Press Upload again to move"
                + " your old chats with them to their new address"), meaning);
        assertFalse(meaning.contains("Jess"), "Jess has not joined");
        Button again = robot.lookup("#again").queryAs(Button.class);
        assertTrue(again.isVisible());
        assertEquals("Upload again", again.getText());
        fixture.assertAccessible();
        fixture.screenshot("wizard-5-history-joined-en");
    }

    private static ServerInvitationStore.Invitation invitation(long id, String name) {
        return new ServerInvitationStore.Invitation(id, name, "xmpp:" + MoveAtInvite.ADDRESS + "?roster;preauth=t" + id
                + ";ibr=y", null, null, CHECKED.minusSeconds(86_400), null, null);
    }
}
