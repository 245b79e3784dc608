package org.trasloco.move.chats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.CancellationFlag;
import org.trasloco.core.time.DateOrder;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.detect.ExportDetector;

/** Chats into the workspace, one export at a time, each ending with an outcome: what the wizard and the CLI show. */
class ChatImportTest {

    private static final String FAMILY = """
            14/02/2024, 09:12 - Jess Moreau: Route for Sunday
            14/02/2024, 09:13 - Sam: See you there
            15/02/2024, 10:00 - Jess Moreau added Ada
            15/02/2024, 10:01 - Ada: Ciao a tutti!
            """;
    /** Every date fits day-first and month-first: the user must say which. */
    private static final String AMBIGUOUS = """
            01/02/2024, 10:00 - Nonna: Buongiorno
            01/02/2024, 10:05 - Luca: Ciao nonna
            """;
    /** A Telegram export whose copy stopped in the middle of the second message. */
    private static final String CUT_TELEGRAM = """
            {"name": "Sam", "type": "personal_chat", "id": 42, "messages": [
             {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "date_unixtime": "1704103200",
              "from": "Sam", "from_id": "user42", "text": "first"},
             {"id": 2, "type": "message", "date": "2024-01-01T10:01:00", "date_unixtime": "1704103260",
              "from": "Sam", "from_id": "user42", "text": "sec""";

    @TempDir
    Path dir;

    @Test
    void eachExportEndsWithItsOwnOutcomeAndOnlyImportedOnesChangeTheWorkspace() throws Exception {
        Path family = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), FAMILY);
        Path ambiguous = Files.writeString(dir.resolve("WhatsApp Chat with Nonna.txt"), AMBIGUOUS);
        Path nothing = Files.writeString(dir.resolve("notes.txt"), "shopping list: bread, milk\n");
        Recorder recorder = new Recorder();
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            ChatImport chats = new ChatImport(workspace, ExportDetector.standard());
            chats.importAll(List.of(family, ambiguous, nothing), ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH), recorder,
                    Cancellation.NEVER);

            assertEquals(3, recorder.outcomes.size());
            ImportOutcome.Imported imported = assertInstanceOf(ImportOutcome.Imported.class, recorder.outcomes.get(0));
            assertEquals(4, imported.report().messagesAdded());
            ImportOutcome.NeedsDateOrder asked = assertInstanceOf(ImportOutcome.NeedsDateOrder.class,
                    recorder.outcomes.get(1));
            assertEquals(LocalDateTime.of(2024, 2, 1, 10, 0), asked.sample(), "the first date, read day-first");
            assertInstanceOf(ImportOutcome.Failed.class, recorder.outcomes.get(2));
            assertEquals(1, workspace.conversations().size(), "only the imported export changed the workspace");

            ImportOutcome answered = chats.importOne(asked.source(),
                    ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH).withDateOrder(DateOrder.MDY), recorder, Cancellation.NEVER);
            assertInstanceOf(ImportOutcome.Imported.class, answered);
            assertEquals(2, workspace.conversations().size());
            assertEquals(List.of(family, ambiguous, ambiguous), recorder.started, "a file that is no export is not read");
        }
    }

    @Test
    void aCutOffExportIsImportedOnlyWhenTheUserAcceptsThePartBeforeTheCut() throws Exception {
        Path export = Files.createDirectories(dir.resolve("ChatExport_2024-01-02"));
        Files.writeString(export.resolve("result.json"), CUT_TELEGRAM);
        Recorder recorder = new Recorder();
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            ChatImport chats = new ChatImport(workspace, ExportDetector.standard());
            chats.importAll(List.of(export), ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH), recorder, Cancellation.NEVER);
            ImportOutcome.CutOff cut = assertInstanceOf(ImportOutcome.CutOff.class, recorder.outcomes.get(0));
            assertEquals(1, cut.messagesBeforeCut());
            assertEquals(0, workspace.messageCount());

            ImportOutcome kept = chats.importOne(cut.source(), ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH)
                    .withAcceptPartial(true), recorder, Cancellation.NEVER);
            assertTrue(assertInstanceOf(ImportOutcome.Imported.class, kept).partial());
            assertEquals(1, workspace.messageCount());
        }
    }

    @Test
    void aCancelledRunImportsNothingMore() throws Exception {
        Path family = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), FAMILY);
        CancellationFlag flag = new CancellationFlag();
        flag.cancel();
        Recorder recorder = new Recorder();
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            new ChatImport(workspace, ExportDetector.standard()).importAll(List.of(family),
                    ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH), recorder, flag);
            assertInstanceOf(ImportOutcome.Cancelled.class, recorder.outcomes.get(0));
            assertEquals(0, workspace.messageCount());
        }
    }

    @Test
    void warningsAreToldAsTheyComeAndTheFirstOnesKept() throws Exception {
        // A line that looks like a message but whose date does not exist is kept as text, with a warning.
        StringBuilder chat = new StringBuilder("14/02/2024, 09:12 - Jess: hello\n");
        for (int i = 0; i < ChatImport.WARNINGS_KEPT + 5; i++) {
            chat.append("31/02/2024, 09:13 - Jess: line ").append(i).append('\n');
        }
        Path export = Files.writeString(dir.resolve("WhatsApp Chat with Jess.txt"), chat);
        Recorder recorder = new Recorder();
        try (Workspace workspace = Workspace.open(dir.resolve("move.trasloco"))) {
            new ChatImport(workspace, ExportDetector.standard()).importAll(List.of(export),
                    ChatImport.Settings.of(ZoneOffset.UTC, Locale.ENGLISH), recorder, Cancellation.NEVER);
            ImportOutcome.Imported imported = assertInstanceOf(ImportOutcome.Imported.class, recorder.outcomes.get(0));
            assertEquals(recorder.warnings.size(), imported.warningCount());
            assertEquals(ChatImport.WARNINGS_KEPT + 5, imported.warningCount());
            assertEquals(ChatImport.WARNINGS_KEPT, imported.warnings().size());
        }
    }

    /** Records what the listener is told. */
    private static final class Recorder implements ImportListener {
        final List<Path> started = new ArrayList<>();
        final List<ImportWarning> warnings = new ArrayList<>();
        final List<ImportOutcome> outcomes = new ArrayList<>();

        @Override
        public org.trasloco.core.progress.ProgressListener started(ExportDetector.Source source) {
            started.add(source.path());
            return org.trasloco.core.progress.ProgressListener.NONE;
        }

        @Override
        public synchronized void warning(ExportDetector.Source source, ImportWarning warning) {
            warnings.add(warning);
        }

        @Override
        public void finished(ImportOutcome outcome) {
            outcomes.add(outcome);
        }
    }
}
