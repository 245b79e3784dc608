package org.trasloco.xmpp.archive.upload;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.ArchiveEntry;

/** One way of putting batches into the archive over one session. */
interface Channel {

    /** The most messages in one batch. */
    int maxItems();

    /** The most bytes of messages in one batch. */
    int maxBatchBytes();

    /**
     * What one message adds to a batch.
     *
     * @param entry the message
     * @return bytes
     */
    int itemBytes(ArchiveEntry entry);

    /** How many batches may be on their way at once. */
    int window();

    /**
     * Sends a batch without waiting for the server.
     *
     * @param batch the messages, oldest first
     * @param after the last id of the batch sent just before, still unconfirmed, or {@code null}
     * @return the batch on its way
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    Pending send(List<ArchiveEntry> batch, String after);

    /**
     * After a lost connection: which of the messages sent but not confirmed the archive holds.
     *
     * @param unsure the ids sent without confirmation
     * @param since when the earliest of them was sent
     * @return the ids the archive holds
     */
    Set<String> stored(Set<String> unsure, Instant since);

    /** Whether sending a message again can store it twice (then unsure messages are looked up). */
    boolean duplicatesOnResend();

    /** A batch on its way. */
    interface Pending {

        /**
         * Waits until the server confirms the batch.
         *
         * @return the ids the server confirmed as stored
         * @throws RetryLater when the server asks to send it again later
         * @throws TraslocoException {@code CONNECTION} when the connection fails, {@code REFUSED}
         *     when the server refuses for good
         */
        Set<String> await() throws RetryLater;

        /** Stops waiting (the batch will be sent again). */
        void abandon();
    }
}
