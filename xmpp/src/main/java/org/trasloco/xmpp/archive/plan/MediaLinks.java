package org.trasloco.xmpp.archive.plan;

import java.util.Optional;

/** Where uploaded attachments can be fetched, by message and position. */
@FunctionalInterface
public interface MediaLinks {

    /** No attachment was uploaded. */
    MediaLinks NONE = (messageId, position) -> Optional.empty();

    /**
     * The address of an uploaded attachment.
     *
     * @param messageId the message carrying it
     * @param position its place among the message's attachments, 0-based
     * @return the address, when it was uploaded
     */
    Optional<String> link(String messageId, int position);
}
