package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * "Have your server make the invitations" in Invite & print, against a real Prosody: after the
 * restart the password is asked here; the invitations then carry the server's token.
 */
class WizardServerInvitesIT extends WizardTestBase {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyConfig.defaults().withRegistration(ProsodyConfig.Registration.INVITE_ONLY));

    @Test
    void theServerMakesTheInvitationsAndTheTextsCarryThem(FxRobot robot) throws Exception {
        TestProsody prosody = PROSODY.server();
        String sam = TestAccounts.uniqueName("sam");
        prosody.registerUser(sam, "sam's password");
        Path workspace = MoveAtInvite.create(dir, Journey.ME, WizardStep.INVITE);
        try (Workspace open = Workspace.open(workspace)) {
            MoveChoices.of(open).account(new ChosenAccount(XmppAddress.account(sam + "@localhost"), prosody.address()));
        }
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, workspace, Locale.ENGLISH, TextSize.NORMAL));
        WizardFixture.await("the invitations", () -> stage.getScene().getRoot().lookupAll(".invite-row").size() == 2);
        long nonna = MoveAtInvite.ids(fixture.window.state().workspace()).get("Nonna Rosa");
        String nonnaText = "#invite-" + nonna + " .share-text";
        assertTrue(text(robot, nonnaText).contains("?roster;name=Sam"), "a plain contact link before");

        WizardFixture.fx(() -> {
            PasswordField password = robot.lookup("#serverInvitesPassword").queryAs(PasswordField.class);
            password.requestFocus();
            password.setText("sam's password");
            password.fireEvent(new javafx.event.ActionEvent());
        });
        WizardFixture.await("the server's answer", () -> text(robot, "#serverInvitesStatus").startsWith("localhost made"));
        assertEquals("localhost made 2 new invitations and renewed 0; 0 are still valid.",
                text(robot, "#serverInvitesStatus"));
        WizardFixture.await("the invitations again", () -> text(robot, nonnaText).contains("?roster;preauth="));
        assertTrue(text(robot, nonnaText).contains("https://xmpp.link/#" + sam + "@localhost?roster;preauth="),
                text(robot, nonnaText));
        assertEquals("", WizardFixture.fx(() -> robot.lookup("#serverInvitesPassword").queryAs(PasswordField.class)
                .getText()), "the field is emptied at once");
        assertTrue(WizardFixture.fx(() -> fixture.window.state().password().get() != null),
                "the password that worked is kept for this session");
        // The kit is drawn again with the new cards; the window closes only once it is.
        WizardFixture.await("the kit with the new cards", () -> text(robot, "#previewStatus").contains("Choose a page"));
    }

    private static String text(FxRobot robot, String query) {
        return WizardFixture.fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }
}
