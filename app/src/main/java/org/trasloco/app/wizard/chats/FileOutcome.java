package org.trasloco.app.wizard.chats;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.workspace.ImportReport;
import org.trasloco.importers.ExportDetector;

/**
 * What happened to one dropped file.
 *
 * @param path the file or folder
 * @param status how it went
 * @param source the recognised export, for asking again with a date order ({@code null} if unrecognised)
 * @param report the import's numbers when imported
 * @param warnings the first warnings, and
 * @param warningCount how many there were
 * @param error what went wrong, when failed
 * @param sampleDate a date from the file read day-first, when the day/month order must be asked
 */
record FileOutcome(Path path, Status status, ExportDetector.Source source, ImportReport report,
        List<ImportWarning> warnings, long warningCount, Throwable error, LocalDateTime sampleDate) {

    /** How an import went. */
    enum Status {
        /** Being read. */
        READING,
        /** In the workspace. */
        IMPORTED,
        /** Nothing imported: the user must say whether dates are day or month first. */
        NEEDS_DATE_ORDER,
        /** Nothing imported: the file could not be read. */
        FAILED,
        /** Nothing imported: the user cancelled. */
        CANCELLED
    }

    static FileOutcome reading(Path path) {
        return new FileOutcome(path, Status.READING, null, null, List.of(), 0, null, null);
    }

    static FileOutcome failed(Path path, ExportDetector.Source source, Throwable error) {
        return new FileOutcome(path, Status.FAILED, source, null, List.of(), 0, error, null);
    }
}
