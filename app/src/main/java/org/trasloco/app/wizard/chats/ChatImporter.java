package org.trasloco.app.wizard.chats;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.trasloco.core.contacts.PhoneBookEntry;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.time.DateOrder;
import org.trasloco.core.workspace.ImportReport;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.DateOrderDecision;
import org.trasloco.importers.ExportDetector;
import org.trasloco.importers.PipelinedSink;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;

/**
 * Imports dropped files into the move's workspace, one export at a time, each in its own transaction;
 * runs on the wizard's job thread. Never throws for a bad file: every file gets an outcome.
 */
final class ChatImporter {

    private static final int WARNINGS_KEPT = 50;

    private final Workspace workspace;
    private final ExportDetector detector;

    ChatImporter(Workspace workspace, ExportDetector detector) {
        this.workspace = workspace;
        this.detector = detector;
    }

    /** Imports every export found at the paths, telling {@code outcomes} as each one ends. */
    void importAll(List<Path> paths, ZoneId zone, ProgressListener progress, Cancellation cancellation,
            Consumer<FileOutcome> outcomes) {
        for (Path path : paths) {
            List<ExportDetector.Source> sources;
            try {
                sources = detector.discover(path);
            } catch (TraslocoException e) {
                outcomes.accept(FileOutcome.failed(path, null, e));
                continue;
            }
            for (ExportDetector.Source source : sources) {
                if (cancellation.isCancelled()) {
                    outcomes.accept(new FileOutcome(source.path(), FileOutcome.Status.CANCELLED, source, null,
                            List.of(), 0, null, null));
                    continue;
                }
                outcomes.accept(FileOutcome.reading(source.path()));
                outcomes.accept(importOne(source, ReadOptions.defaults().withZone(zone), progress, cancellation));
            }
        }
    }

    /** Imports one export; with a date order when the user answered the question. */
    FileOutcome importOne(ExportDetector.Source source, ReadOptions options, ProgressListener progress,
            Cancellation cancellation) {
        try (SourceImport importing = workspace.beginImport(source.reader().network(), source.path().toString())) {
            Collecting sink = new Collecting(importing);
            ReadResult result;
            // The export is read on this thread while the workspace is written on another, as `trasloco
            // import` does it; closing without finish (a bad file, a cancel) stops that thread first.
            try (PipelinedSink writing = new PipelinedSink(sink)) {
                result = source.reader().read(source.path(), options, writing, progress, cancellation);
                writing.finish();
            }
            DateOrderDecision decision = result.dateOrder();
            if (options.dateOrder() == null && decision != null
                    && decision.basis() == DateOrderDecision.Basis.AMBIGUOUS) {
                return new FileOutcome(source.path(), FileOutcome.Status.NEEDS_DATE_ORDER, source, null,
                        List.of(), 0, null, sink.firstTimestamp);
            }
            ImportReport report = importing.commit();
            return new FileOutcome(source.path(), FileOutcome.Status.IMPORTED, source, report, sink.warnings,
                    sink.warningCount, null, null);
        } catch (TraslocoException e) {
            FileOutcome.Status status = e.kind() == TraslocoException.Kind.CANCELLED
                    ? FileOutcome.Status.CANCELLED : FileOutcome.Status.FAILED;
            return new FileOutcome(source.path(), status, source, null, List.of(), 0, e, null);
        } catch (RuntimeException e) {
            // A bug must not end the user's work: the file is reported, the workspace rolled back.
            return FileOutcome.failed(source.path(), source, e);
        }
    }

    /** Reads the file again with the order the user chose. */
    FileOutcome importWithOrder(ExportDetector.Source source, DateOrder order, ZoneId zone, ProgressListener progress,
            Cancellation cancellation) {
        return importOne(source, ReadOptions.defaults().withZone(zone).withDateOrder(order), progress, cancellation);
    }

    /**
     * Passes everything to the workspace, keeping the first warnings and the first date for the window.
     * Runs on the pipeline's thread; read its fields after the pipeline has finished.
     */
    private static final class Collecting implements HistorySink {
        private final HistorySink target;
        private final List<ImportWarning> warnings = new ArrayList<>();
        private long warningCount;
        private LocalDateTime firstTimestamp;

        Collecting(HistorySink target) {
            this.target = target;
        }

        @Override
        public void beginConversation(Conversation conversation) {
            target.beginConversation(conversation);
        }

        @Override
        public void message(Message message) {
            if (firstTimestamp == null) {
                firstTimestamp = message.timestamp();
            }
            target.message(message);
        }

        @Override
        public void warning(ImportWarning warning) {
            warningCount++;
            if (warnings.size() < WARNINGS_KEPT) {
                warnings.add(warning);
            }
            target.warning(warning);
        }

        @Override
        public void endConversation(Conversation conversation, List<Participant> participants) {
            target.endConversation(conversation, participants);
        }

        @Override
        public void phoneBookEntry(PhoneBookEntry entry) {
            target.phoneBookEntry(entry);
        }

        @Override
        public void owner(PhoneBookEntry owner) {
            target.owner(owner);
        }
    }
}
