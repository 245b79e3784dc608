package org.trasloco.xmpp.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.trasloco.core.history.Network;

/**
 * One message as it goes into the archive: the stable id (also the XEP-0359 origin-id and the
 * archive key), its conversation, the original moment, who sent it to whom on XMPP, and the text
 * exactly as sent. Every path (import, operator file, notes) and the read-back work from these.
 *
 * @param id the workspace message's stable id
 * @param network the conversation's network
 * @param conversationKey the conversation's key
 * @param instant when the message was written
 * @param from the sender's bare XMPP address
 * @param to the recipient's bare XMPP address
 * @param body the text, already made safe for XML ({@link XmlText#clean})
 * @param links addresses of uploaded attachments (XEP-0066), in order
 * @param note whether it is a labelled note to the user's own address (group chats, the notes path)
 */
public record ArchiveEntry(String id, Network network, String conversationKey, Instant instant, String from, String to,
        String body, List<String> links, boolean note) {

    /**
     * Checks the components.
     *
     * @param id the id
     * @param network the network
     * @param conversationKey the conversation
     * @param instant the moment
     * @param from the sender
     * @param to the recipient
     * @param body the text
     * @param links attachment addresses
     * @param note whether it is a note
     */
    public ArchiveEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        links = List.copyOf(links);
        if (!body.equals(XmlText.clean(body))) {
            throw new IllegalArgumentException("body must be cleaned with XmlText.clean");
        }
    }

    /**
     * The other party seen from the archive's owner: what MAM calls {@code with}.
     *
     * @param owner the owner's bare address
     * @return the other party, or the owner for notes to self
     */
    public String with(String owner) {
        return from.equals(owner) ? to : from;
    }

    /**
     * The size of the body in UTF-8, which progress, limits and summaries count.
     *
     * @return its bytes
     */
    public int bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * A short digest of what the message says, its text and its links (16 hexadecimal digits): kept
     * in the ledger when the message is sent, so that a later upload sees whether it changed (an
     * attachment uploaded since).
     *
     * @return the digest
     */
    public String contentDigest() {
        MessageDigest digest = FieldDigest.sha256();
        FieldDigest.update(digest, body);
        FieldDigest.update(digest, String.join(" ", links));
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /**
     * The same message carrying the addresses of its uploaded attachments.
     *
     * @param newLinks the addresses
     * @return a changed copy
     */
    public ArchiveEntry withLinks(List<String> newLinks) {
        return new ArchiveEntry(id, network, conversationKey, instant, from, to, body, newLinks, note);
    }
}
