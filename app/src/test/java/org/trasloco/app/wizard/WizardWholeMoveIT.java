package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.trasloco.importers.contacts.Person;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * The whole move as a person at home makes it, in the window alone, against a real Prosody with the
 * archive-import module and open registration: a WhatsApp zip of 10,000 messages → review → the
 * people (who is me, who to invite) → a new address through the server's registration form →
 * the history uploaded and every message confirmed → the kit saved → Done. The walk counts the
 * screens, the clicks and key presses, and the time spent waiting for the app, and writes them to
 * {@code target/wizard-whole-move.txt} for docs/benchmarks.md (recorded, never asserted). A second
 * walk takes the helper's journey in large text with a small history.
 */
class WizardWholeMoveIT extends WizardTestBase {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false).withModule("archive_import")
            .withGlobal("archive_import_rate = 0"));

    /** Where the walk's numbers go. */
    static final Path NUMBERS = Path.of("target", "wizard-whole-move.txt");

    private static final DateTimeFormatter WHATSAPP = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm", Locale.ROOT);

    private final Set<WizardStep> screens = new LinkedHashSet<>();
    private final AtomicInteger clicks = new AtomicInteger();
    private final AtomicInteger keys = new AtomicInteger();
    private long waitingNanos;

    @BeforeEach
    void clean() {
        screens.clear();
        clicks.set(0);
        keys.set(0);
        waitingNanos = 0;
    }

    @Test
    void fromAWhatsAppZipToDoneInTheWindowAlone(FxRobot robot) throws Exception {
        TestProsody prosody = PROSODY.server();
        int messages = 10_000;
        Path zip = whatsAppZip(dir, "Nonna Rosa", messages);
        Path kit = dir.resolve("kit.pdf");
        String name = TestAccounts.uniqueName("sam");

        open(robot, Locale.ENGLISH, TextSize.NORMAL);
        robot.clickOn("#me").clickOn("#next");

        // Bring your chats: the path typed (what drag and drop and the chooser also give).
        WizardFixture.await("the chats step", () -> robot.lookup("#typedPath").tryQuery().isPresent());
        robot.clickOn("#typedPath").write(zip.toString());
        robot.type(KeyCode.ENTER);
        waitFor("the zip imported", () -> conversations() == 1 && !robot.lookup("#progressBox").query().isVisible());
        robot.clickOn("#next");

        // Review: the one chat moves.
        WizardFixture.await("the review", () -> robot.lookup("#table").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().size() == 1);
        robot.clickOn("#next");

        // Your people: the export is Sam's (a chat "with Nonna Rosa"), so Sam is me; Nonna Rosa is invited.
        WizardFixture.await("the people", () -> robot.lookup("#meLabel").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().size() == 2);
        assertTrue(robot.lookup("#meLabel").queryAs(Label.class).getText().contains("Sam"),
                robot.lookup("#meLabel").queryAs(Label.class).getText());
        robot.clickOn(row(robot, "Nonna Rosa"));
        robot.clickOn("#invite");
        WizardFixture.await("Nonna Rosa invited", () -> robot.lookup("#summary").queryAs(Label.class).getText()
                .contains("1 to invite"));
        robot.clickOn("#next");

        // Your new address: a new one on the community's server, through its registration form.
        AccountStepDriver account = AccountStepDriver.attach(robot, fixture, stage);
        WizardFixture.await("the account step", () -> robot.lookup("#wayNew").tryQuery().isPresent());
        account.chooseNewAddress().connectTo(prosody).addServer(prosody.domain());
        account.write("#name", name);
        robot.type(KeyCode.ENTER);
        account.trustCertificate(prosody);
        long signUp = System.nanoTime();
        account.awaitDone();
        waitingNanos += System.nanoTime() - signUp;
        robot.clickOn("#next");

        // Your history: where it goes and why, then Upload; every message confirmed.
        WizardFixture.await("the plan", () -> HistoryWalk.shown(robot, "#upload"));
        pressFromKeyboard(robot, "#upload");
        waitFor("every message confirmed", () -> HistoryWalk.shown(robot, "#resultCount"));
        assertEquals(String.format(Locale.ENGLISH, "%,d of %,d messages confirmed", messages, messages),
                HistoryWalk.text(robot, "#resultCount"));
        robot.clickOn("#next");

        // Invite & print: the kit saved as a PDF.
        WizardFixture.await("the invite step", () -> robot.lookup("#save").tryQuery().isPresent()
                && !robot.lookup("#save").queryButton().isDisabled());
        fixture.dialogs.answer(kit);
        pressFromKeyboard(robot, "#save");
        waitFor("the kit saved", () -> robot.lookup("#kitStatus").queryAs(Label.class).getText().contains(kit.toString()));
        try (PDDocument document = Loader.loadPDF(kit.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(name + "@localhost") && text.contains("Nonna Rosa"), "the kit carries both");
        }
        robot.clickOn("#next");

        // Done: the address, what moved, where the move is kept.
        WizardFixture.await("Done", () -> robot.lookup("#moved .done-line").queryAll().size() == 3);
        assertEquals(name + "@localhost", robot.lookup("#address").queryAs(Label.class).getText());
        List<String> lines = robot.lookup("#moved .done-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(String.format(Locale.ENGLISH, "%,d of %,d messages confirmed in the archive.", messages, messages),
                lines.get(0));
        assertTrue(lines.get(2).contains(kit.toString()), lines.get(2));
        assertEquals(WizardStep.DONE, fixture.window.state().step().get());
        try (Workspace open = Workspace.open(fixture.window.state().workspace().file())) {
            assertTrue(MoveChoices.of(open).account().isPresent());
        }

        assertEquals(List.of(WizardStep.WELCOME, WizardStep.CHATS, WizardStep.REVIEW, WizardStep.PEOPLE,
                WizardStep.ACCOUNT, WizardStep.HISTORY, WizardStep.INVITE, WizardStep.DONE), List.copyOf(screens));
        Files.createDirectories(NUMBERS.toAbsolutePath().getParent());
        Files.writeString(NUMBERS, String.format(Locale.ROOT,
                "%s messages=%d screens=%d clicks=%d keys=%d waiting=%.1fs load=%s%n", Instant.now(), messages,
                screens.size(), clicks.get(), keys.get(), waitingNanos / 1e9,
                Files.readString(Path.of("/proc/loadavg")).strip()));
    }

    @Test
    void aGrandsonMovesHisGrandmotherInLargeText(FxRobot robot) throws Exception {
        TestProsody prosody = PROSODY.server();
        Path zip = whatsAppZip(dir, "Sam", 60);
        String name = TestAccounts.uniqueName("rosa");

        open(robot, Locale.ENGLISH, TextSize.LARGE);
        robot.clickOn("#helper").clickOn("#next");
        WizardFixture.await("the chats step", () -> robot.lookup("#typedPath").tryQuery().isPresent());
        assertEquals("Bring their chats", robot.lookup(".title-1").queryAs(Label.class).getText());
        robot.clickOn("#typedPath").write(zip.toString());
        robot.type(KeyCode.ENTER);
        waitFor("the zip imported", () -> conversations() == 1 && !robot.lookup("#progressBox").query().isVisible());
        robot.clickOn("#next");
        WizardFixture.await("the review", () -> robot.lookup("#table").tryQuery().isPresent());
        robot.clickOn("#next");
        // The grandmother is in the only chat and the export is hers (a chat "with Sam"): she is the one who moves.
        WizardFixture.await("the people", () -> robot.lookup("#meLabel").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().size() == 2);
        String me = robot.lookup("#meLabel").queryAs(Label.class).getText();
        assertTrue(me.contains("Nonna Rosa") && me.contains("the person you help"), me);
        robot.clickOn(row(robot, "Sam"));
        robot.clickOn("#invite");
        robot.clickOn("#next");

        AccountStepDriver account = AccountStepDriver.attach(robot, fixture, stage);
        WizardFixture.await("the account step", () -> robot.lookup("#wayNew").tryQuery().isPresent());
        account.assertShows("Their new address");
        account.chooseNewAddress().connectTo(prosody).addServer(prosody.domain());
        account.write("#name", name);
        robot.type(KeyCode.ENTER);
        account.trustCertificate(prosody).awaitDone();
        robot.clickOn("#next");

        WizardFixture.await("the plan", () -> HistoryWalk.shown(robot, "#upload"));
        assertTrue(HistoryWalk.text(robot, "#pathLabel").startsWith("Their history"), HistoryWalk.text(robot, "#pathLabel"));
        pressFromKeyboard(robot, "#upload");
        waitFor("every message confirmed", () -> HistoryWalk.shown(robot, "#resultCount"));
        assertEquals("60 of 60 messages confirmed", HistoryWalk.text(robot, "#resultCount"));
        robot.clickOn("#next");

        // The kit for someone helped: large print by default.
        WizardFixture.await("the invite step", () -> robot.lookup("#largeSize").tryQuery().isPresent());
        assertTrue(robot.lookup("#largeSize").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "large print for the person helped");
        robot.clickOn("#next");
        WizardFixture.await("Done", () -> robot.lookup("#moved .done-line").queryAll().size() == 3);
        assertEquals("The move is done", robot.lookup("#title").queryAs(Label.class).getText());
        fixture.assertAccessible();
    }

    private void open(FxRobot robot, Locale language, TextSize size) {
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> {
            fixture.open(stage, dir.resolve("move.trasloco"), language, size);
            stage.getScene().addEventFilter(MouseEvent.MOUSE_CLICKED, event -> clicks.incrementAndGet());
            stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> keys.incrementAndGet());
            screens.add(fixture.window.state().step().get());
            fixture.window.state().step().addListener((o, old, step) -> screens.add(step));
        });
    }

    /**
     * Presses a button further down a step from the keyboard, as someone who tabs to it does: it takes
     * the focus (the step scrolls to it), then Space presses it. (The robot's mouse needs the button
     * on screen at the moment it moves, which a step still laying out cannot promise.)
     */
    private void pressFromKeyboard(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).match(javafx.scene.Node::isVisible).query();
        WizardFixture.fx(node::requestFocus);
        WizardFixture.await(query + " focused", () -> node.getScene().getFocusOwner() == node);
        WizardFixture.pressKey(stage, KeyCode.SPACE);
    }

    /** Waits for the app after the user asked it to work, and counts that time as waiting. */
    private void waitFor(String what, java.util.function.BooleanSupplier done) {
        long start = System.nanoTime();
        WizardFixture.await(what, done);
        waitingNanos += System.nanoTime() - start;
    }

    private int conversations() {
        return fixture.window.state().workspace().conversations().size();
    }

    /** The table row that shows a person. */
    private static javafx.scene.Node row(FxRobot robot, String name) {
        return robot.lookup("#table .table-row-cell").queryAll().stream()
                .filter(cell -> cell instanceof TableRow<?> row && row.getItem() instanceof Person p && p.name().equals(name))
                .findFirst().orElseThrow();
    }

    /**
     * A WhatsApp export as Android writes it: a zip with "WhatsApp Chat with NAME.txt", the chat of
     * Sam and Nonna Rosa, day first (the 14th of March comes first: no question about the order).
     */
    static Path whatsAppZip(Path dir, String chatWith, int messages) throws IOException {
        Path zip = dir.resolve("WhatsApp Chat with " + chatWith + ".zip");
        List<String> lines = new ArrayList<>();
        LocalDateTime at = LocalDateTime.of(2016, 3, 14, 9, 0);
        for (int i = 0; i < messages; i++) {
            String author = i % 2 == 0 ? "Nonna Rosa" : "Sam";
            lines.add(at.format(WHATSAPP) + " - " + author + ": message " + (i + 1) + (i % 7 == 0 ? " ❤️ ciao" : ""));
            at = at.plusMinutes(37);
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("WhatsApp Chat with " + chatWith + ".txt"));
            entries.write(String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
            entries.closeEntry();
        }
        return zip;
    }
}
