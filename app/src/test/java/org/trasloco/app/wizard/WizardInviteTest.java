package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.links.UriEncoding;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;

/**
 * "Invite & print" as a user goes through it: each person's invitation in their language, sent from
 * WhatsApp or copied or shown as a large code, ticked as sent (still ticked after the app is opened
 * again); then the kit, previewed, saved and printed.
 */
class WizardInviteTest extends WizardTestBase {

    /** What Nonna Rosa gets: Italian, as WhatsApp's own words in her chat were. */
    private static final String TO_NONNA = "Ciao Nonna Rosa! Ho spostato le mie chat su XMPP, un sistema di chat aperto "
            + "che nessuna azienda controlla da sola. Aggiungimi con questo link, che ti dice anche quale app "
            + "installare: https://xmpp.link/#sam@example.org?roster;name=Sam\nIl mio nuovo indirizzo: sam@example.org";

    static Stream<Arguments> looks() {
        return Stream.of(Arguments.of(Locale.ENGLISH, TextSize.NORMAL, "en"), Arguments.of(Locale.ITALIAN, TextSize.NORMAL, "it"),
                Arguments.of(Locale.ENGLISH, TextSize.LARGE, "en-large"),
                Arguments.of(Locale.ENGLISH, TextSize.EXTRA_LARGE, "en-xl-1024"));
    }

    @Test
    void sendsEachInvitationInItsLanguageAndSavesAndPrintsTheKit(FxRobot robot) throws Exception {
        Path workspace = MoveAtInvite.create(dir, Journey.ME, WizardStep.INVITE);
        open(workspace, Locale.ENGLISH, TextSize.NORMAL);
        long nonna = ids().get("Nonna Rosa");

        // Nonna Rosa's invitation is Italian (her chat was exported in Italian), Jess's in the user's English.
        String nonnaRow = "#invite-" + nonna;
        assertEquals(TO_NONNA, label(robot, nonnaRow + " .share-text").getText());
        assertEquals(Locale.ITALIAN, WizardFixture.fx(() -> robot.lookup(nonnaRow + " .invite-language")
                .queryAs(ComboBox.class).getValue()));
        String jessRow = "#invite-" + ids().get("Jess");
        assertTrue(label(robot, jessRow + " .share-text").getText().startsWith("Hi Jess!"));

        // WhatsApp opens at her number with the text; the text can be copied.
        robot.clickOn(robot.lookup(nonnaRow + " .invite-whatsapp").queryButton());
        assertEquals(List.of("https://wa.me/393331234567?text=" + UriEncoding.encodeComponent(TO_NONNA)),
                fixture.desktop.openedLinks);
        robot.clickOn(robot.lookup(nonnaRow + " .invite-sms").queryButton());
        assertEquals("sms:+393331234567?body=" + UriEncoding.encodeComponent(TO_NONNA), fixture.desktop.openedLinks.get(1));
        robot.clickOn(robot.lookup(nonnaRow + " .invite-copy").queryButton());
        assertEquals(TO_NONNA, WizardFixture.fx(() -> Clipboard.getSystemClipboard().getString()));

        // The code, large, for someone sitting here: it holds her landing link; Escape closes it.
        robot.clickOn(robot.lookup(nonnaRow + " .invite-qr").queryButton());
        WizardFixture.await("the large code", () -> robot.lookup("#qrCode").tryQuery().isPresent());
        ImageView code = robot.lookup("#qrCode").queryAs(ImageView.class);
        assertEquals("https://xmpp.link/#sam@example.org?roster;name=Sam", PictureReading.qrCode(code.getImage()));
        assertTrue(code.getBoundsInParent().getWidth() > 300, "large: " + code.getBoundsInParent());
        fixture.assertAccessible();
        fixture.screenshot("wizard-6-invite-qr-en");
        WizardFixture.pressKey(stage, KeyCode.ESCAPE);
        WizardFixture.await("the code closed", () -> !robot.lookup(".overlay").query().isVisible());

        // Marked sent: remembered.
        robot.clickOn(robot.lookup(nonnaRow + " .invite-sent").queryAs(CheckBox.class));
        WizardFixture.await("sent remembered", () -> choices(c -> c.invitationsSent().contains(nonna)));
        assertTrue(label(robot, "#summary").getText().startsWith("1 of 2"), label(robot, "#summary").getText());

        // Another language for Jess: her text changes and the choice is remembered.
        long jess = ids().get("Jess");
        WizardFixture.fx(() -> robot.lookup(jessRow + " .invite-language").queryAs(ComboBox.class).setValue(Locale.ITALIAN));
        WizardFixture.await("Jess in Italian", () -> label(robot, jessRow + " .share-text").getText().startsWith("Ciao Jess!"));
        assertTrue(choices(c -> c.invitationLanguage(jess).equals(Optional.of(Locale.ITALIAN))));

        // The kit: its pages are shown, it is saved private and whole, and printed.
        WizardFixture.await("the kit's pages", () -> robot.lookup("#pages").queryAs(Pane.class).getChildren().size() > 3);
        int shownPages = WizardFixture.fx(() -> robot.lookup("#pages").queryAs(Pane.class).getChildren().size());
        Path kit = dir.resolve("Sam's kit.pdf");
        fixture.dialogs.answer(kit);
        clickVisible(robot, "#save");
        WizardFixture.await("the kit saved", () -> label(robot, "#kitStatus").getText().contains(kit.toString()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kit)));
        PictureReading.Pdf saved = PictureReading.pdf(kit);
        assertEquals(shownPages, saved.pages(), "the preview shows every page");
        assertTrue(saved.text().contains(MoveAtInvite.ADDRESS) && saved.text().contains("Nonna Rosa"), saved.text());
        assertTrue(choices(c -> c.kit().equals(Optional.of(kit))));
        clickVisible(robot, "#print");
        WizardFixture.await("printed", () -> !fixture.desktop.printed.isEmpty());
        assertEquals(shownPages, fixture.desktop.printed.get(0).pages().size());
        assertTrue(fixture.desktop.printed.get(0).name().contains(MoveAtInvite.ADDRESS));
        WizardFixture.fx(() -> robot.lookup("#scroll").queryAs(ScrollPane.class).setVvalue(1));
        fixture.screenshot("wizard-6-kit-preview-en");

        // A page shown large.
        clickVisible(robot, "#pages .page");
        WizardFixture.await("a page large", () -> robot.lookup(".overlay").query().isVisible());
        robot.clickOn("#overlayClose");

        // Opened again later: the tick and the saved kit are still there.
        WizardFixture.fx(() -> stage.hide());
        fixture = new WizardFixture(dir);
        open(workspace, Locale.ENGLISH, TextSize.NORMAL);
        assertTrue(WizardFixture.fx(() -> robot.lookup(nonnaRow + " .invite-sent").queryAs(CheckBox.class).isSelected()));
        assertFalse(WizardFixture.fx(() -> robot.lookup(jessRow + " .invite-sent").queryAs(CheckBox.class).isSelected()));
        assertTrue(label(robot, "#kitStatus").getText().contains(kit.toString()));
    }

    @Test
    void noPrintButtonWithoutAPrinterAndANoticeWithoutAnAddress(FxRobot robot) throws Exception {
        Path workspace = MoveAtInvite.create(dir, Journey.ME, WizardStep.INVITE);
        try (Workspace open = Workspace.open(workspace)) {
            open.setProperty("move.account", "");
        }
        fixture = new WizardFixture(dir);
        fixture.desktop.printerAvailable = false;
        WizardFixture.fx(() -> fixture.open(stage, workspace, Locale.ENGLISH, TextSize.NORMAL));
        WizardFixture.await("the notice", () -> robot.lookup("#noticeText").tryQuery().isPresent()
                && !label(robot, "#noticeText").getText().isEmpty());
        assertTrue(label(robot, "#noticeText").getText().startsWith("There is no new address yet"));
        assertFalse(robot.lookup("#print").queryButton().isVisible());
        assertTrue(robot.lookup("#save").queryButton().isDisabled());
        assertFalse(robot.lookup("#next").queryButton().isDisabled(), "inviting is never required");
    }

    @ParameterizedTest
    @MethodSource("looks")
    void looksRightInEachLanguageAndSize(Locale language, TextSize size, String suffix, FxRobot robot) throws Exception {
        Path workspace = MoveAtInvite.create(dir, Journey.ME, WizardStep.INVITE);
        open(workspace, language, size);
        WizardFixture.await("the kit's pages", () -> robot.lookup("#pages").queryAs(Pane.class).getChildren().size() > 3);
        if (size == TextSize.EXTRA_LARGE) {
            fixture.smallestWindow();
        }
        fixture.assertAccessible();
        fixture.screenshot("wizard-6-invite-" + suffix);
    }

    @Test
    void forSomeoneHelpedTheKitIsLargeAndInTheirLanguage(FxRobot robot) throws Exception {
        Path workspace = MoveAtInvite.create(dir, Journey.HELPER, WizardStep.INVITE);
        open(workspace, Locale.ENGLISH, TextSize.NORMAL);
        assertTrue(WizardFixture.fx(() -> robot.lookup("#largeSize").queryAs(RadioButton.class)
                .isSelected()), "large print by default");
        assertEquals(Locale.ITALIAN, WizardFixture.fx(() -> robot.lookup("#language").queryAs(ComboBox.class).getValue()),
                "the language their phone exported in");
        assertEquals("Invite their people", WizardFixture.fx(() -> ((Label) robot.lookup(".title-1").query()).getText()));
        assertEquals("Their printed kit", WizardFixture.fx(() -> robot.lookup(".title-2").queryAll().stream()
                .map(node -> ((Label) node).getText()).filter(text -> text.startsWith("Their")).findFirst().orElse("")));
        WizardFixture.await("the kit's pages", () -> robot.lookup("#pages").queryAs(Pane.class).getChildren().size() > 3);
        fixture.assertAccessible();
        fixture.screenshot("wizard-6-invite-helper-en");
    }

    private void open(Path workspace, Locale language, TextSize size) {
        if (fixture == null) {
            fixture = new WizardFixture(dir);
        }
        WizardFixture.fx(() -> fixture.open(stage, workspace, language, size));
        WizardFixture.await("the invitations", () -> stage.getScene().getRoot().lookupAll(".invite-row").size() == 2);
    }

    private Map<String, Long> ids() {
        return MoveAtInvite.ids(fixture.window.state().workspace());
    }

    /** Reads the move's choices (the workspace is thread-safe; also from an await condition, on the FX thread). */
    private boolean choices(Predicate<MoveChoices> test) {
        return test.test(fixture.window.state().choices());
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    /** Clicks a control further down the step: taking the focus scrolls it into view, as Tab does. */
    private static void clickVisible(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        WizardFixture.fx(node::requestFocus);
        robot.clickOn(node);
    }
}
