package org.trasloco.move.chats;

import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.detect.ExportDetector;

/**
 * Told how an import goes. {@link #warning} is called from the thread that writes the workspace,
 * everything else from the importing thread.
 */
public interface ImportListener {

    /**
     * An export is about to be read.
     *
     * @param source the export
     * @return where its progress (bytes read of the total) goes
     */
    default ProgressListener started(ExportDetector.Source source) {
        return ProgressListener.NONE;
    }

    /**
     * Something in the export was odd, but reading goes on.
     *
     * @param source the export
     * @param warning what, naming the line
     */
    default void warning(ExportDetector.Source source, ImportWarning warning) {
    }

    /**
     * An export's import ended.
     *
     * @param outcome how
     */
    void finished(ImportOutcome outcome);
}
