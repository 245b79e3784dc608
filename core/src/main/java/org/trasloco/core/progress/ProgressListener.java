package org.trasloco.core.progress;

/**
 * Told how far a long job has come. Called often (per message) from the job's thread; an
 * implementation must be cheap and thread-safe towards whoever reads it.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Reports progress.
     *
     * @param done units done so far (bytes read, messages sent)
     * @param total units in all, or a negative number when unknown
     */
    void progress(long done, long total);
}
