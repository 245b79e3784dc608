package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.login.AccountAddress;

/** The last step tells what was moved, what to do next and where the move is kept. */
class WizardDoneTest extends WizardTestBase {

    static Stream<Arguments> looks() {
        return Stream.of(Arguments.of(Locale.ENGLISH, TextSize.NORMAL, "en"), Arguments.of(Locale.ITALIAN, TextSize.NORMAL, "it"),
                Arguments.of(Locale.ENGLISH, TextSize.LARGE, "en-large"),
                Arguments.of(Locale.ENGLISH, TextSize.EXTRA_LARGE, "en-xl-1024"));
    }

    @Test
    void tellsWhatWasMovedWhatToDoNextAndWhereTheMoveIsKept(FxRobot robot) throws Exception {
        Path workspace = doneMove();
        open(workspace, Locale.ENGLISH);

        assertEquals("Your move is done", text(robot, "#title"));
        assertEquals(MoveAtInvite.ADDRESS, text(robot, "#address"));
        List<String> moved = lines(robot);
        assertEquals(List.of("12,408 of 12,408 messages confirmed in the archive.", "2 people to invite, 1 marked sent.",
                "The kit was saved in " + dir.resolve("kit.pdf") + "."), moved);
        assertTrue(text(robot, "#login").contains(MoveAtInvite.ADDRESS));

        // The store codes open the apps' pages for Android and iPhone.
        List<String> stores = robot.lookup("#stores .image-view").queryAllAs(ImageView.class).stream()
                .map(view -> PictureReading.qrCode(view.getImage())).toList();
        assertEquals(List.of("https://play.google.com/store/apps/details?id=eu.siacs.conversations",
                "https://apps.apple.com/app/monal-free-xmpp-chat/id317711500"), stores);

        // Where the move is kept, and the same move from a terminal.
        assertEquals(workspace.toString(), robot.lookup("#workspacePath").queryAs(TextField.class).getText());
        String command = robot.lookup("#command").queryAs(TextField.class).getText();
        assertEquals("trasloco upload --workspace " + workspace + " --jid " + MoveAtInvite.ADDRESS + " --password-stdin",
                command);
        clickVisible(robot, "#copyCommand");
        assertEquals(command, WizardFixture.fx(() -> Clipboard.getSystemClipboard().getString()));
        fixture.assertAccessible();

        // Another move: a new workspace; this one stays.
        clickVisible(robot, "#startAnother");
        WizardFixture.await("a new move", () -> !fixture.window.state().workspace().file().equals(workspace));
        assertNotEquals(workspace, fixture.settings.lastWorkspace().orElseThrow());
        assertEquals(WizardStep.WELCOME, fixture.window.state().step().get());
    }

    @Test
    void saysPlainlyWhatIsMissing(FxRobot robot) throws Exception {
        Path workspace = MoveAtInvite.create(dir, Journey.HELPER, WizardStep.DONE);
        open(workspace, Locale.ENGLISH);
        assertEquals("The move is done", text(robot, "#title"));
        assertEquals(List.of("The history was not put into an archive.", "2 people to invite, 0 marked sent.",
                "The kit was not saved. Go back one step to save or print it."), lines(robot));
        assertTrue(text(robot, "#login").contains("their password"), text(robot, "#login"));
        fixture.assertAccessible();
        fixture.screenshot("wizard-7-done-helper-en");
    }

    @Test
    void keepsAPrivateCopyAndABookWithoutAnyServer(FxRobot robot) throws Exception {
        Path workspace = MoveAtInvite.create(dir, Journey.ME, WizardStep.DONE);
        open(workspace, Locale.ENGLISH);

        // The folder that opens in a browser: written into the folder chosen, under a name of its own.
        java.nio.file.Files.createDirectories(dir.resolve("copies"));
        fixture.dialogs.answer(dir.resolve("copies"));
        clickVisible(robot, "#web");
        WizardFixture.await("the copy saved", () -> text(robot, "#status").startsWith("Saved:"));
        Path index = dir.resolve("copies").resolve("Our chats").resolve("index.html");
        assertTrue(java.nio.file.Files.isRegularFile(index), index.toString());
        assertTrue(text(robot, "#status").contains("2 conversations with"), text(robot, "#status"));
        String page = java.nio.file.Files.readString(index);
        assertTrue(page.contains("Nonna") && page.contains("Jess"), "the index lists both conversations");
        WizardFixture.await("Open it laid out", () -> robot.lookup("#open").query().getLayoutBounds().getWidth() > 0);
        clickVisible(robot, "#open");
        WizardFixture.await("the copy opened", () -> !fixture.desktop.openedLinks.isEmpty());
        assertEquals(List.of(index.toUri().toString()), fixture.desktop.openedLinks);

        // A second copy does not overwrite the first.
        fixture.dialogs.answer(dir.resolve("copies"));
        clickVisible(robot, "#web");
        WizardFixture.await("the second copy", () -> java.nio.file.Files.isRegularFile(
                dir.resolve("copies").resolve("Our chats 2").resolve("index.html")));

        // The book to print, a PDF that PDFBox reads back with the chats' words in it.
        Path pdf = dir.resolve("book.pdf");
        fixture.dialogs.answer(pdf);
        clickVisible(robot, "#book");
        WizardFixture.await("the book saved", () -> text(robot, "#status").contains("a book of"));
        try (org.apache.pdfbox.pdmodel.PDDocument book = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertTrue(book.getNumberOfPages() > 1);
            String words = new org.apache.pdfbox.text.PDFTextStripper().getText(book);
            assertTrue(words.contains("Nonna"), "the book holds the chats");
        }
        fixture.assertAccessible();
        fixture.screenshot("wizard-7-done-copies-en");
    }

    @ParameterizedTest
    @MethodSource("looks")
    void looksRightInEachLanguageAndSize(Locale language, TextSize size, String suffix, FxRobot robot) throws Exception {
        Path workspace = doneMove();
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, workspace, language, size));
        WizardFixture.await("the summary", () -> robot.lookup("#moved .done-line").queryAll().size() == 3);
        if (size == TextSize.EXTRA_LARGE) {
            fixture.smallestWindow();
        }
        fixture.assertAccessible();
        fixture.screenshot("wizard-7-done-" + suffix);
    }

    private Path doneMove() throws Exception {
        Path workspace = MoveAtInvite.create(dir, Journey.ME, WizardStep.DONE);
        try (Workspace open = Workspace.open(workspace)) {
            MoveChoices choices = MoveChoices.of(open);
            AccountAddress sam = AccountAddress.parse(MoveAtInvite.ADDRESS);
            choices.verified(sam, new MoveChoices.Verified(12_408, 12_408, Instant.parse("2026-12-01T10:00:00Z")));
            choices.invitationSent(MoveAtInvite.ids(open).get("Nonna Rosa"), true);
            choices.kit(dir.resolve("kit.pdf"));
        }
        return workspace;
    }

    private void open(Path workspace, Locale language) {
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, workspace, language, TextSize.NORMAL));
        WizardFixture.await("the summary", () -> robot().lookup("#moved .done-line").queryAll().size() == 3);
    }

    /** Clicks a control further down the step: taking the focus scrolls it into view, as Tab does. */
    private static void clickVisible(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        WizardFixture.fx(node::requestFocus);
        robot.clickOn(node);
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> lines(FxRobot robot) {
        return robot.lookup("#moved .done-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
