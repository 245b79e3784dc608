package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trasloco.app.wizard.account.PasswordDisplay;
import org.trasloco.app.wizard.common.FocusFollowingScroll;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.account.ProviderAdvice.ProviderOption;
import org.trasloco.move.choices.Journey;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * Walks the account step as a user does, against a test Prosody: the wizard opened at step 4 on a
 * move whose chats were imported, the server's host and port typed in the connection details (the
 * test server is not found by DNS), its self-signed certificate compared and trusted.
 */
final class AccountStepDriver {

    private final FxRobot robot;
    private final WizardFixture fixture;
    private final Stage stage;

    private AccountStepDriver(FxRobot robot, WizardFixture fixture, Stage stage) {
        this.robot = robot;
        this.fixture = fixture;
        this.stage = stage;
    }

    /**
     * Opens the wizard at the account step of a move with two chats (the oldest message from 2016).
     *
     * @return the driver
     */
    static AccountStepDriver open(FxRobot robot, WizardFixture fixture, Stage stage, Path dir, Locale locale,
            TextSize size, Journey journey) {
        Path workspace = dir.resolve("move.trasloco");
        try (Workspace open = HistoryFixture.create(workspace, 2, 20, 10)) {
            WizardState state = WizardState.load(open, locale);
            state.journey().set(journey);
            state.zone().set(HistoryFixture.ZONE);
            state.step().set(WizardStep.ACCOUNT);
        }
        WizardFixture.fx(() -> fixture.open(stage, workspace, locale, size));
        AccountStepDriver driver = new AccountStepDriver(robot, fixture, stage);
        WizardFixture.await("the account step", () -> robot.lookup("#wayNew").tryQuery().isPresent());
        return driver;
    }

    /**
     * Drives a wizard the test opened itself.
     *
     * @return the driver
     */
    static AccountStepDriver attach(FxRobot robot, WizardFixture fixture, Stage stage) {
        return new AccountStepDriver(robot, fixture, stage);
    }

    /** Opens the connection details and types the test server's host and port. */
    AccountStepDriver connectTo(TestProsody prosody) {
        click("#details");
        await("#host");
        write("#host", "127.0.0.1");
        write("#port", Integer.toString(prosody.c2sPort()));
        return this;
    }

    /** Chooses "a new address" and waits for the list of servers. */
    AccountStepDriver chooseNewAddress() {
        click("#wayNew");
        WizardFixture.await("the servers", () -> !servers().getItems().isEmpty());
        return this;
    }

    /** Adds a community server by its domain (it is chosen at once). */
    AccountStepDriver addServer(String domain) {
        write("#domain", domain);
        WizardFixture.pressKey(stage, KeyCode.ENTER);
        WizardFixture.await(domain + " chosen", () -> {
            ProviderOption chosen = servers().getSelectionModel().getSelectedItem();
            return chosen != null && chosen.provider().domain().equals(domain) && shown("#name");
        });
        return this;
    }

    /** Chooses "an address I already have", types it and its password, and presses Enter. */
    AccountStepDriver logIn(String address, String password) {
        click("#wayExisting");
        write("#address", address);
        write("#password", password);
        WizardFixture.pressKey(stage, KeyCode.ENTER);
        return this;
    }

    /** Waits for the certificate question, checks it shows the server's fingerprint, and trusts it. */
    AccountStepDriver trustCertificate(TestProsody prosody) {
        await("#trustCertificate");
        String shown = robot.lookup("#fingerprint").queryAs(Label.class).getText().replace("\n", ":").replace(" ", ":");
        assertEquals(prosody.pin().display(), shown);
        click("#trustCertificate");
        return this;
    }

    /** Waits until the step says the account works. */
    AccountStepDriver awaitDone() {
        WizardFixture.await("the account works", () -> shown("#doneBox") && fixture.window.state().password().get() != null);
        return this;
    }

    /** Waits until a node shows. */
    void await(String query) {
        WizardFixture.await(query, () -> shown(query));
    }

    /** Whether a node is on screen: it and every parent visible. */
    boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(AccountStepDriver::shown).orElse(false);
    }

    static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Clicks a node, after scrolling it into view as the focus does (again until it is in the
     * window: a part that just appeared may not be laid out yet).
     */
    void click(String query) {
        await(query);
        WizardFixture.await(query + " in the window", () -> {
            Node node = robot.lookup(query).query();
            ScrollPane scroll = robot.lookup("#scroll").queryAs(ScrollPane.class);
            FocusFollowingScroll.reveal(scroll, node);
            javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
            javafx.geometry.Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            return bounds.getMinY() >= viewport.getMinY() && bounds.getMaxY() <= viewport.getMaxY();
        });
        robot.clickOn(query);
    }

    /** Scrolls the step so that a node is at the top of the window (for a picture of it). */
    void showAtTop(String query) {
        await(query);
        WizardFixture.fx(() -> {
            ScrollPane scroll = robot.lookup("#scroll").queryAs(ScrollPane.class);
            Node node = robot.lookup(query).query();
            Node content = scroll.getContent();
            double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double scrollable = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, top - 12) / scrollable));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The password a display shows. */
    String password(String query) {
        return WizardFixture.fx(() -> robot.lookup(query).queryAs(PasswordDisplay.class).text());
    }

    /** Clicks a field, empties it, and types into it. */
    void write(String query, String text) {
        click(query);
        WizardFixture.fx(() -> robot.lookup(query).queryAs(TextInputControl.class).clear());
        type(text);
    }

    @SuppressWarnings("unchecked")
    ListView<ProviderOption> servers() {
        return robot.lookup("#servers").queryAs(ListView.class);
    }

    /** Presses Tab until the control with this id has the focus (the keyboard's way through the step). */
    void tabTo(String id) {
        for (int i = 0; i < 120; i++) {
            Node focused = WizardFixture.fx(() -> stage.getScene().getFocusOwner());
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            WizardFixture.pressKey(stage, KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    /** Types text into the focused control with the keyboard. */
    void type(String text) {
        for (int i = 0; i < text.length(); i++) {
            String character = String.valueOf(text.charAt(i));
            WizardFixture.fx(() -> {
                Node target = stage.getScene().getFocusOwner();
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED,
                        false, false, false, false));
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of every label now shown, for checks on what the step says. */
    String shownText() {
        List<String> texts = WizardFixture.fx(() -> {
            List<String> shown = new java.util.ArrayList<>(robot.lookup(".label").queryAllAs(Label.class).stream()
                    .filter(AccountStepDriver::shown).map(Label::getText)
                    .filter(text -> text != null && !text.isBlank()).toList());
            // A password shown large is one text, in pieces that wrap after its dashes.
            robot.lookup(".password-large").queryAllAs(PasswordDisplay.class).stream()
                    .filter(AccountStepDriver::shown).map(PasswordDisplay::text).forEach(shown::add);
            return shown;
        });
        return String.join("\n", texts);
    }

    /** Asserts that the step shows a text. */
    void assertShows(String text) {
        String shown = shownText();
        assertTrue(shown.contains(text), "expected «" + text + "» in:\n" + shown);
    }
}
