package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.Journey;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * What the history step's walks share: a move that has come as far as the history (chats imported,
 * the user known, an address on the test server), and reading the step as a user sees it.
 */
final class HistoryWalk {

    private HistoryWalk() {
    }

    /**
     * A move of a WhatsApp-like history (the user "Anna Rossi") with its account chosen, to be opened
     * on a step.
     *
     * @param file the workspace
     * @param chats direct chats (at most five)
     * @param perChat messages per chat
     * @param group messages in the group "Family" (0 for none)
     * @param prosody the server
     * @param account the user's account on it
     * @param journey who is moving
     * @param step the step the wizard opens on
     */
    static void move(Path file, int chats, int perChat, int group, TestProsody prosody, ArchiveAccount account,
            Journey journey, WizardStep step) {
        HistoryFixture.create(file, chats, perChat, group).close();
        choose(file, prosody, account, journey, step);
    }

    /**
     * Opens the wizard on the history step of a new move and logs in, as after a restart.
     *
     * @param dir where the move's files go
     * @param stage the window
     * @param robot the user
     * @param prosody the server
     * @param account the user's account on it
     * @param journey who is moving
     * @param shape direct chats, messages per chat and group messages of the history
     * @return the wizard
     */
    static WizardFixture openLoggedIn(Path dir, Stage stage, FxRobot robot, TestProsody prosody,
            ArchiveAccount account, Journey journey, int... shape) {
        Path workspace = dir.resolve("move.trasloco");
        move(workspace, shape[0], shape[1], shape[2], prosody, account, journey, WizardStep.HISTORY);
        WizardFixture fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, workspace, Locale.ENGLISH, TextSize.NORMAL));
        logIn(robot, account);
        return fixture;
    }

    /** Gives the password the step asks for, and waits for what it then shows. */
    static void logIn(FxRobot robot, ArchiveAccount account) {
        WizardFixture.await("the password", () -> shown(robot, "#password"));
        robot.clickOn("#password").write(account.password()).clickOn("#login");
        WizardFixture.await("the plan", () -> shown(robot, "#pathLabel"));
    }

    /** Chooses the account, the journey and the step of a move whose chats are imported. */
    static void choose(Path file, TestProsody prosody, ArchiveAccount account, Journey journey, WizardStep step) {
        CliRun people = CliRun.of("people", "--workspace", file.toString(), "--me", HistoryFixture.ME);
        assertEquals(ExitCodes.OK, people.exit(), people.err());
        try (Workspace open = Workspace.open(file)) {
            WizardState state = WizardState.load(open, Locale.ENGLISH);
            state.journey().set(journey);
            state.zone().set(HistoryFixture.ZONE);
            state.account().set(new ChosenAccount(XmppAddress.account(account.jid()), prosody.address()));
            state.step().set(step);
        }
    }

    /** A WhatsApp export with one photo, as the phone writes it, imported into a move. */
    static Path importExportWithPhoto(Path dir, Path workspace) throws IOException {
        Path export = dir.resolve("WhatsApp Chat with Zia Lucia.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(export))) {
            entry(zip, "WhatsApp Chat with Zia Lucia.txt", ("01/03/2016, 09:00 - Anna Rossi: Guarda\n"
                    + "01/03/2016, 09:01 - Anna Rossi: IMG-20160301-WA0001.jpg (file attached)\n"
                    + "01/03/2016, 09:03 - Zia Lucia: Che bello!\n").getBytes(StandardCharsets.UTF_8));
            entry(zip, "IMG-20160301-WA0001.jpg", "a photo of the beach".repeat(100).getBytes(StandardCharsets.UTF_8));
        }
        CliRun imported = CliRun.of("import", export.toString(), "--workspace", workspace.toString(), "--date-order",
                "dmy", "--zone", "UTC", "--lang", "en");
        assertEquals(ExitCodes.OK, imported.exit(), imported.err());
        return export;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content);
        zip.closeEntry();
    }

    /**
     * Presses a button below the step's explanations from the keyboard, as someone who tabs to it does:
     * it takes the focus (the step scrolls to it), then Space presses it.
     */
    static void press(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).match(javafx.scene.Node::isVisible).query();
        WizardFixture.fx(node::requestFocus);
        WizardFixture.await(query + " focused", () -> node.getScene().getFocusOwner() == node);
        WizardFixture.pressKey((Stage) node.getScene().getWindow(), javafx.scene.input.KeyCode.SPACE);
    }

    /** Scrolls the step down to a control below its explanations, as the user does. */
    static void reveal(FxRobot robot, String query) {
        WizardFixture.fx(() -> FocusFollowingScroll.reveal(robot.lookup("#scroll").queryAs(ScrollPane.class),
                robot.lookup(query).query()));
    }

    /** The text of a label or button. */
    static String text(FxRobot robot, String query) {
        return WizardFixture.fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    /** Whether a node is there and shown (with all its parents). */
    static boolean shown(FxRobot robot, String query) {
        return WizardFixture.fx(() -> robot.lookup(query).tryQuery().map(HistoryWalk::treeVisible).orElse(false));
    }

    private static boolean treeVisible(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
