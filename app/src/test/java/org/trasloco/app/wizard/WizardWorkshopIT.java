package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.trasloco.move.choices.WorkshopChoices;
import org.trasloco.xmpp.invitation.Invitation;
import org.trasloco.xmpp.invitation.InvitationUri;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.registration.AccountCreator;
import org.trasloco.xmpp.registration.AccountRequest;
import org.trasloco.xmpp.registration.CreatedAccount;
import org.trasloco.xmpp.registration.RegistrationAnswers;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * The workshop journey against the test Prosody (accounts only by invitation): the participants list,
 * account invitations created by logging in as the server's administrator, the kits saved and
 * printed, the last step; then a participant signs up with the invitation printed on their kit.
 */
class WizardWorkshopIT extends WizardTestBase {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyConfig.defaults().withRegistration(ProsodyConfig.Registration.INVITE_ONLY));

    @Test
    void aFacilitatorPreparesTheWorkshopAndAParticipantSignsUpWithTheirKit(FxRobot robot, TestProsody prosody)
            throws Exception {
        prosody.registerUser("admin", "the admin's password");
        Path participants = Files.writeString(dir.resolve("participants.csv"),
                "name,language,address\nAnna Rossi,it,\nJess Moreau,en,jess\nLuca Bianchi,it,\n");
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, dir.resolve("workshop.trasloco"), Locale.ENGLISH, TextSize.NORMAL));

        robot.clickOn("#workshop").clickOn("#next");

        // Participants: the list and the server; everyone's address, suggested ones marked.
        WizardFixture.await("the participants step", () -> robot.lookup("#chooseFile").tryQuery().isPresent());
        assertTrue(robot.lookup("#next").queryButton().isDisabled(), "no list yet");
        fixture.dialogs.answer(participants);
        robot.clickOn("#chooseFile");
        robot.clickOn("#server").write(prosody.domain()).type(KeyCode.ENTER);
        WizardFixture.await("the plan", () -> table(robot).getItems().size() == 3);
        assertTrue(text(robot, "#summary").startsWith("3 participants; 2 addresses are suggested"), text(robot, "#summary"));
        fixture.assertAccessible();
        fixture.screenshot("wizard-w-participants-en");
        robot.clickOn("#next");

        // Account invitations: logged in as the administrator of the server in the room.
        WizardFixture.await("the invitations step", () -> robot.lookup("#adminAddress").tryQuery().isPresent()
                && text(robot, "#status").startsWith("0 of 3"));
        robot.clickOn("#adminAddress").write("admin@" + prosody.domain());
        robot.clickOn("#adminPassword").write("the admin's password");
        WizardFixture.fx(() -> robot.lookup("#connection").queryAs(TitledPane.class).setExpanded(true));
        type(robot, "#host", "127.0.0.1");
        type(robot, "#port", String.valueOf(prosody.c2sPort()));
        type(robot, "#pin", prosody.pin().display());
        click(robot, "#create");
        WizardFixture.await("three invitations", () -> text(robot, "#status").startsWith("3 of 3"));
        assertEquals("", robot.lookup("#adminPassword").queryAs(TextField.class).getText(), "the password is not kept");
        Map<String, String> tokens = WorkshopChoices.of(fixture.window.state().workspace()).tokens();
        assertEquals(3, tokens.size());
        assertTrue(WorkshopChoices.of(fixture.window.state().workspace()).admin().orElseThrow().server().pinned().isPresent());
        fixture.assertAccessible();
        fixture.screenshot("wizard-w-invitations-en");
        robot.clickOn("#next");

        // Kits: previewed, saved into one PDF and one file each, printed.
        WizardFixture.await("the kits' preview", () -> robot.lookup("#pages").tryQuery().isPresent()
                && robot.lookup("#pages").queryAs(Pane.class).getChildren().size() > 3);
        fixture.assertAccessible();
        fixture.screenshot("wizard-w-kits-en");
        Path kits = dir.resolve("kits.pdf");
        fixture.dialogs.answer(kits);
        click(robot, "#save");
        WizardFixture.await("the kits saved", () -> text(robot, "#kitStatus").contains(kits.toString()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kits)));
        String printedText = PictureReading.pdf(kits).text().replaceAll("\\s+", "");
        for (String token : tokens.values()) {
            assertTrue(printedText.contains("register;preauth=" + token), "every invitation is on a kit");
        }
        click(robot, "#eachFile");
        Path folder = dir.resolve("kits");
        fixture.dialogs.answer(folder);
        click(robot, "#save");
        WizardFixture.await("one file each", () -> text(robot, "#kitStatus").startsWith("Saved in the folder " + folder));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("00-facilitator.pdf", "01-anna.rossi.pdf", "02-jess.pdf", "03-luca.bianchi.pdf"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        click(robot, "#print");
        WizardFixture.await("printed", () -> !fixture.desktop.printed.isEmpty());
        assertEquals(PictureReading.pdf(kits).pages(), fixture.desktop.printed.get(0).pages().size());
        robot.clickOn("#next");

        // Done, in the workshop's words.
        WizardFixture.await("the last step", () -> robot.lookup("#moved .done-line").queryAll().size() == 3);
        assertEquals("The workshop is ready", text(robot, "#title"));
        assertTrue(robot.lookup("#command").queryAs(TextField.class).getText()
                .startsWith("trasloco workshop " + participants + " --server localhost --each -o "));
        fixture.assertAccessible();
        fixture.screenshot("wizard-7-done-workshop-en");

        // Anna signs up with the invitation on her kit, with the address suggested for her.
        Invitation annas = InvitationUri.parse("xmpp:localhost?register;preauth=" + tokens.get("anna.rossi@localhost"));
        CreatedAccount anna = new AccountCreator(TestAccounts.connector()).create(AccountRequest.named(prosody.address(),
                "anna.rossi", Password.of("anna's password")).withInvitation(annas), (form, questions) -> new RegistrationAnswers());
        assertEquals("anna.rossi@localhost", anna.jid());
    }

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#table").queryTableView();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.write(text);
    }

    /** Clicks a control further down the step: taking the focus scrolls it into view, as Tab does. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        WizardFixture.fx(node::requestFocus);
        robot.clickOn(node);
    }
}
