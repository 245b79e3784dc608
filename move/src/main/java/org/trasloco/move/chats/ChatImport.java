package org.trasloco.move.chats;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.time.DateOrder;
import org.trasloco.core.workspace.ImportReport;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.DateOrderDecision;
import org.trasloco.importers.detect.ExportDetector;
import org.trasloco.importers.io.PipelinedSink;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;

/**
 * Imports exports into a move's workspace, each in its own transaction: a bad export changes
 * nothing, and an export read again adds only what is new. The export is read on the caller's
 * thread while the workspace is written on another. Never throws for a bad export: every export
 * gets an {@link ImportOutcome}.
 */
public final class ChatImport {

    /** How many warnings an outcome keeps (the listener is told every one). */
    public static final int WARNINGS_KEPT = 50;

    private final Workspace workspace;
    private final ExportDetector detector;

    /**
     * An import into a workspace.
     *
     * @param workspace the move's workspace, open
     * @param detector recognises exports
     */
    public ChatImport(Workspace workspace, ExportDetector detector) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /**
     * The settings of a run.
     *
     * @param zone the zone of exports without one
     * @param language the user's language, for the words Trasloco writes into messages without text of
     *     their own (a shared location, a poll)
     * @param dateOrder the day/month order when the user gave it, else {@code null} (detected)
     * @param acceptPartial whether an export that ends early is imported up to the cut
     */
    public record Settings(ZoneId zone, Locale language, DateOrder dateOrder, boolean acceptPartial) {
        /**
         * Checks the zone and the language.
         *
         * @param zone the zone
         * @param language the language
         * @param dateOrder the order or {@code null}
         * @param acceptPartial accept a cut-off export
         */
        public Settings {
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(language, "language");
        }

        /**
         * Detected date order, cut-off exports refused.
         *
         * @param zone the zone of exports without one
         * @param language the user's language
         * @return the settings
         */
        public static Settings of(ZoneId zone, Locale language) {
            return new Settings(zone, language, null, false);
        }

        /**
         * The same with a date order.
         *
         * @param order the order
         * @return a changed copy
         */
        public Settings withDateOrder(DateOrder order) {
            return new Settings(zone, language, order, acceptPartial);
        }

        /**
         * The same with cut-off exports accepted or not.
         *
         * @param accept whether to import up to the cut
         * @return a changed copy
         */
        public Settings withAcceptPartial(boolean accept) {
            return new Settings(zone, language, dateOrder, accept);
        }
    }

    /**
     * Imports every export found at the paths, in order.
     *
     * @param paths files and folders as the user gave them
     * @param settings how to read them
     * @param listener told as each export starts and ends
     * @param cancellation stops the run; exports not yet read end as cancelled
     */
    public void importAll(List<Path> paths, Settings settings, ImportListener listener, Cancellation cancellation) {
        for (Path path : paths) {
            List<ExportDetector.Source> sources;
            try {
                sources = detector.discover(path);
            } catch (TraslocoException e) {
                listener.finished(new ImportOutcome.Failed(path, null, e));
                continue;
            }
            for (ExportDetector.Source source : sources) {
                listener.finished(cancellation.isCancelled() ? new ImportOutcome.Cancelled(source.path(), source)
                        : importOne(source, settings, listener, cancellation));
            }
        }
    }

    /**
     * Imports one export (again, e.g. with the date order the user chose).
     *
     * @param source the export
     * @param settings how to read it
     * @param listener told about its progress and warnings (not about its end: that is returned)
     * @param cancellation stops the read
     * @return how it ended
     */
    public ImportOutcome importOne(ExportDetector.Source source, Settings settings, ImportListener listener,
            Cancellation cancellation) {
        Path path = source.path();
        ProgressListener progress = listener.started(source);
        // The export is read to its cut either way; whether to keep what was read is decided below.
        ReadOptions options = ReadOptions.defaults().withZone(settings.zone()).withDateOrder(settings.dateOrder())
                .withAcceptPartial(true).withLocale(settings.language());
        try (SourceImport importing = workspace.beginImport(source.reader().network(), path.toString())) {
            WarningCollector sink = new WarningCollector(importing, warning -> listener.warning(source, warning),
                    WARNINGS_KEPT);
            ReadResult result;
            // Closing without finish (a bad file, a cancel) stops the writing thread first.
            try (PipelinedSink writing = new PipelinedSink(sink)) {
                result = source.reader().read(path, options, writing, progress, cancellation);
                writing.finish();
            }
            DateOrderDecision decision = result.dateOrder();
            if (settings.dateOrder() == null && decision != null
                    && decision.basis() == DateOrderDecision.Basis.AMBIGUOUS) {
                return new ImportOutcome.NeedsDateOrder(path, source, sink.firstTimestamp());
            }
            if (result.partial() && !settings.acceptPartial()) {
                return new ImportOutcome.CutOff(path, source, result.messages());
            }
            ImportReport report = importing.commit();
            return new ImportOutcome.Imported(path, source, report, sink.warnings(), sink.warningCount(),
                    result.partial());
        } catch (TraslocoException e) {
            return e.kind() == TraslocoException.Kind.CANCELLED ? new ImportOutcome.Cancelled(path, source)
                    : new ImportOutcome.Failed(path, source, e);
        } catch (RuntimeException e) {
            // A bug must not end the user's work: the export is reported, the workspace rolled back.
            System.getLogger(ChatImport.class.getName()).log(System.Logger.Level.ERROR,
                    "import of " + path + " failed unexpectedly", e);
            return new ImportOutcome.Failed(path, source, e);
        }
    }
}
