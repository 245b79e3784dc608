package org.trasloco.move.chats;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.workspace.ImportReport;
import org.trasloco.importers.detect.ExportDetector;

/**
 * How the import of one export ended. Only {@link Imported} changed the workspace; every other
 * outcome left it as it was.
 */
public sealed interface ImportOutcome {

    /** The file or folder the outcome is about. */
    Path path();

    /** The export recognised there, or {@code null} when none was. */
    ExportDetector.Source source();

    /**
     * In the workspace.
     *
     * @param path the export
     * @param source the export's reader
     * @param report what was read and what was new
     * @param warnings the first warnings (at most {@link ChatImport#WARNINGS_KEPT})
     * @param warningCount how many warnings there were
     * @param partial whether the export ended early and only the part before the cut was kept
     */
    record Imported(Path path, ExportDetector.Source source, ImportReport report, List<ImportWarning> warnings,
            long warningCount, boolean partial) implements ImportOutcome {
        /**
         * Checks the components.
         *
         * @param path the export
         * @param source its reader
         * @param report the numbers
         * @param warnings the first warnings
         * @param warningCount how many
         * @param partial whether it was cut off
         */
        public Imported {
            Objects.requireNonNull(report, "report");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Nothing imported: every date fits both day-first and month-first, so the user must say which.
     *
     * @param path the export
     * @param source its reader, to read it again with the answer
     * @param sample a date of the export read day-first, to show both readings of
     */
    record NeedsDateOrder(Path path, ExportDetector.Source source, LocalDateTime sample) implements ImportOutcome {
    }

    /**
     * Nothing imported: the export ends early (an interrupted copy); it can be imported up to the cut
     * when the user accepts that.
     *
     * @param path the export
     * @param source its reader, to read it again when accepted
     * @param messagesBeforeCut how many messages were read before the cut
     */
    record CutOff(Path path, ExportDetector.Source source, long messagesBeforeCut) implements ImportOutcome {
    }

    /**
     * Nothing imported: the export could not be read (the error says why, naming file and line).
     *
     * @param path the file or folder
     * @param source its reader, or {@code null} when nothing was recognised
     * @param error what went wrong
     */
    record Failed(Path path, ExportDetector.Source source, Throwable error) implements ImportOutcome {
    }

    /**
     * Nothing imported: the user cancelled.
     *
     * @param path the export
     * @param source its reader
     */
    record Cancelled(Path path, ExportDetector.Source source) implements ImportOutcome {
    }
}
