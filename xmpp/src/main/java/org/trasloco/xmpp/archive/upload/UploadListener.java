package org.trasloco.xmpp.archive.upload;

/**
 * Told how an upload goes, after every batch and at every change of state, from the upload's
 * thread: keep it cheap (a user interface copies the value to its own thread on a timer).
 */
@FunctionalInterface
public interface UploadListener {

    /** A listener that ignores everything. */
    UploadListener NONE = progress -> { };

    /**
     * Reports progress.
     *
     * @param progress the current state
     */
    void progress(UploadProgress progress);
}
