package org.trasloco.xmpp.archive.verify;

import java.time.Instant;
import java.util.List;

/**
 * One message as the archive returns it.
 *
 * @param archiveId the archive's id of the item (for paging)
 * @param stamp when the archive says it was sent
 * @param from the sender, as stored
 * @param to the recipient, as stored
 * @param body the text, or {@code null}
 * @param originId the XEP-0359 origin-id, or {@code null}
 * @param links XEP-0066 addresses
 * @param imported whether it carries the archive-import marker
 * @param replaces the id of the message this one corrects (XEP-0308), or {@code null}
 */
public record ArchivedItem(String archiveId, Instant stamp, String from, String to, String body, String originId,
        List<String> links, boolean imported, String replaces) {

    /**
     * Copies the list.
     *
     * @param archiveId archive id
     * @param stamp time
     * @param from sender
     * @param to recipient
     * @param body text
     * @param originId origin-id
     * @param links links
     * @param imported marker
     * @param replaces the corrected message's id or {@code null}
     */
    public ArchivedItem {
        links = List.copyOf(links);
    }
}
