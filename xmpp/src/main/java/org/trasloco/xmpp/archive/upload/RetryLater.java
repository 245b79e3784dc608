package org.trasloco.xmpp.archive.upload;

import java.time.Duration;

/** The server asked to try the same batch again later (an error of type {@code wait}). */
final class RetryLater extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Duration after;

    /**
     * @param after how long the server asked to wait, or {@code null} when it did not say
     * @param reason the server's words, for the log
     */
    RetryLater(Duration after, String reason) {
        super(reason);
        this.after = after;
    }

    /** How long the server asked to wait, or {@code null}. */
    Duration after() {
        return after;
    }
}
