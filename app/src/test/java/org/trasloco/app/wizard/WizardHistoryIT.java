package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * Step 5 from "Your people" to "N of N confirmed", against a real Prosody with the archive-import
 * module and a file service: the password from the account step is in memory, the plan says where
 * the history goes and why, what the server keeps and the photo's size against the server's limit;
 * Upload sends everything, reads it back, and the result is remembered. In English (10,000
 * messages: the time from Upload to "confirmed" is measured), Italian, large text, and extra large
 * text in a 1024×768 window.
 */
class WizardHistoryIT extends WizardTestBase {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withStorage(ProsodyConfig.Storage.SQL).withDirectTls(false).withModule("archive_import")
            .withGlobal("archive_import_rate = 0")
            // Requests to 127.0.0.1 go to the file service (Prosody routes HTTP by host name).
            .withGlobal("http_default_host = \"upload.localhost\"")
            .withComponent("Component \"upload.localhost\" \"http_file_share\"\n"
                    + "  http_file_share_size_limit = 50000"));

    /** Where the measured time is written, for docs/benchmarks.md. */
    static final Path TIMINGS = Path.of("target", "wizard-history-timings.txt");

    static Stream<Arguments> walks() {
        return Stream.of(Arguments.of("en", TextSize.NORMAL, 2_000), Arguments.of("it", TextSize.NORMAL, 40),
                Arguments.of("en", TextSize.LARGE, 40), Arguments.of("en", TextSize.EXTRA_LARGE, 40));
    }

    @BeforeEach
    void fileServiceAddressesThisMachine() {
        TestProsody prosody = PROSODY.server();
        if (prosody.config().globalLines().stream().noneMatch(line -> line.startsWith("http_external_url"))) {
            prosody.reconfigure(prosody.config().withGlobal("http_external_url = \"http://127.0.0.1:"
                    + prosody.httpPort() + "/\""));
        }
    }

    @ParameterizedTest
    @MethodSource("walks")
    void fromThePeopleToEveryMessageConfirmed(String language, TextSize size, int perChat, FxRobot robot)
            throws IOException {
        TestProsody prosody = PROSODY.server();
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        Path workspace = dir.resolve("move.trasloco");
        // The walks in a large window come from the account step, logged in a moment ago; the one at
        // 1024×768 is opened again later on the history step.
        boolean fromAccount = size != TextSize.EXTRA_LARGE;
        HistoryWalk.move(workspace, 5, perChat, 0, prosody, anna, Journey.ME,
                fromAccount ? WizardStep.ACCOUNT : WizardStep.HISTORY);
        HistoryWalk.importExportWithPhoto(dir, workspace);
        long messages = 5L * perChat + 3;
        String suffix = "-" + language + switch (size) {
            case NORMAL -> "";
            case LARGE -> "-large";
            case EXTRA_LARGE -> "-xlarge";
        };
        boolean italian = language.equals("it");

        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> {
            fixture.open(stage, workspace, italian ? Locale.ITALIAN : Locale.ENGLISH, size);
            if (size == TextSize.EXTRA_LARGE) {
                stage.setWidth(1024);
                stage.setHeight(768);
            }
        });
        if (fromAccount) {
            // The account step logged in a moment ago: the password is in the wizard's memory.
            WizardFixture.fx(() -> fixture.window.state().password().set(Password.of(anna.password())));
            WizardFixture.await("the account step is complete",
                    () -> !robot.lookup("#next").queryButton().isDisabled());
            robot.clickOn("#next");
        } else {
            // Opened again later: only the password is asked.
            HistoryWalk.logIn(robot, anna);
        }

        WizardFixture.await("the plan", () -> HistoryWalk.shown(robot, "#upload"));
        assertEquals(WizardStep.HISTORY, fixture.window.state().step().get());
        assertTrue(robot.lookup("#next").queryButton().isDisabled(), "nothing confirmed yet");
        assertFalse(robot.lookup("#back").queryButton().isDisabled());
        assertFalse(HistoryWalk.shown(robot, "#password"), "no password asked once it is in memory");
        String path = HistoryWalk.text(robot, "#pathLabel");
        String why = HistoryWalk.text(robot, "#whyLabel");
        String disclosure = HistoryWalk.text(robot, "#disclosureLabel");
        String media = HistoryWalk.text(robot, "#mediaLabel");
        TableView<?> table = robot.lookup("#conversations").queryTableView();
        assertEquals(6, table.getItems().size(), "five chats and Zia Lucia's");
        if (italian) {
            assertTrue(path.contains("con le date originali"), path);
            assertTrue(why.contains("localhost ha il modulo di importazione"), why);
            assertTrue(disclosure.contains("senza cifratura") && disclosure.contains("senza limiti di tempo"),
                    disclosure);
            assertTrue(media.contains("1 foto o file (2 kB in tutto)") && media.contains("fino a 50 kB"), media);
        } else {
            assertTrue(path.contains("with its original dates"), path);
            assertTrue(why.contains("localhost runs Trasloco's archive-import module"), why);
            assertTrue(disclosure.contains("unencrypted") && disclosure.contains("It keeps them without a time limit"),
                    disclosure);
            assertTrue(media.contains("1 photo or file (2 kB in all)") && media.contains("up to 50 kB each"), media);
            assertTrue(HistoryWalk.text(robot, "#conversationsTitle").contains(
                    String.format(Locale.ENGLISH, "%,d messages from 6 conversations", messages)));
        }
        fixture.assertAccessible();
        fixture.screenshot("wizard-5-history-ready" + suffix);

        // The button is below the explanations: the user scrolls down to it.
        HistoryWalk.reveal(robot, "#upload");
        // When the read-back begins, as the window says it (a listener: no moment is missed).
        AtomicLong checking = new AtomicLong();
        WizardFixture.fx(() -> robot.lookup("#activity").queryAs(Label.class).textProperty().addListener(
                (o, old, text) -> {
                    if (text.startsWith(italian ? "Rileggo" : "Reading") && checking.get() == 0) {
                        checking.set(System.nanoTime());
                    }
                }));
        long start = System.nanoTime();
        HistoryWalk.press(robot, "#upload");
        WizardFixture.await("the read-back", () -> HistoryWalk.shown(robot, "#resultCount"));
        long end = System.nanoTime();

        String count = HistoryWalk.text(robot, "#resultCount");
        assertEquals(italian ? String.format(Locale.ITALIAN, "%,d messaggi su %,d confermati", messages, messages)
                : String.format(Locale.ENGLISH, "%,d of %,d messages confirmed", messages, messages), count);
        assertTrue(HistoryWalk.text(robot, "#meaning").contains(italian ? "Ogni messaggio" : "Every message"));
        assertFalse(robot.lookup("#next").queryButton().isDisabled(), "Next once everything is confirmed");
        assertFalse(HistoryWalk.shown(robot, "#skip"), "nothing to skip any more");
        assertFalse(HistoryWalk.shown(robot, "#copyDetails"), "no details to copy when all is well");
        assertFalse(HistoryWalk.shown(robot, "#again"), "nothing to send again");
        TableView<?> checked = robot.lookup("#conversations").queryTableView();
        assertEquals(6, checked.getItems().size());
        assertTrue(checked.getColumns().get(3).isVisible(), "the Confirmed column");
        try (Workspace open = Workspace.open(workspace)) {
            MoveChoices.Verified verified = MoveChoices.of(open).verified(XmppAddress.account(anna.jid())).orElseThrow();
            assertEquals(messages, verified.confirmed());
            assertTrue(verified.complete());
            UploadLedger.Counts ledger = open.uploadLedger(anna.jid()).counts();
            assertEquals(new UploadLedger.Counts(messages, messages), ledger);
        }
        fixture.assertAccessible();
        fixture.screenshot("wizard-5-history-done" + suffix);
        if (language.equals("en") && size == TextSize.NORMAL) {
            Files.createDirectories(TIMINGS.toAbsolutePath().getParent());
            Files.writeString(TIMINGS, String.format(Locale.ROOT,
                    "%s messages=%d upload-to-confirmed=%.1fs of which sending=%.1fs read-back=%.1fs load=%s%n",
                    Instant.now(), messages, (end - start) / 1e9, (checking.get() - start) / 1e9,
                    (end - checking.get()) / 1e9, Files.readString(Path.of("/proc/loadavg")).strip()));
        }
    }
}
