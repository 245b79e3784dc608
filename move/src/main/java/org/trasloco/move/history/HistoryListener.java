package org.trasloco.move.history;

import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadProgress;

/**
 * Told how a history run goes, from the run's thread: keep it cheap (a user interface copies the
 * values to its own thread on a timer).
 */
public interface HistoryListener extends UploadListener {

    /** A listener that ignores everything. */
    HistoryListener NONE = progress -> { };

    /** The parts of a run, in order. */
    enum Phase {
        /** Attachments go to the server's file upload. */
        MEDIA,
        /** Messages go into the archive. */
        UPLOAD,
        /** The archive is read back and compared. */
        VERIFY
    }

    /**
     * A part of the run begins.
     *
     * @param phase which
     */
    default void phase(Phase phase) {
    }

    /**
     * The messages' progress (during {@link Phase#UPLOAD}).
     *
     * @param progress how far
     */
    @Override
    void progress(UploadProgress progress);
}
