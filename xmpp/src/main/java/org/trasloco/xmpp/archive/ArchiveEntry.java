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
 * exactly as sent. Every path (import, operator file, notes, a group chat's archive) and the
 * read-back work from these.
 *
 * <p>A message of a group chat that goes into the room's own archive ({@link #groupchat()}) is
 * from the room under its author's nickname ({@code family@conference.example.org/Mamma}) to the
 * room, and names its author in {@link #author()}.
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
 * @param author for a message of a room's archive, its author there; {@code null} otherwise
 */
public record ArchiveEntry(String id, Network network, String conversationKey, Instant instant, String from, String to,
        String body, List<String> links, boolean note, RoomAuthor author) {

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
     * @param author the author in a room, or {@code null}
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
        if (author != null && (note || !from.equals(to + "/" + author.nickname()))) {
            throw new IllegalArgumentException("a room message is from the room under its author's nickname");
        }
    }

    /**
     * A message of a one-to-one chat or a note (not of a room's archive).
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
    public ArchiveEntry(String id, Network network, String conversationKey, Instant instant, String from, String to,
            String body, List<String> links, boolean note) {
        this(id, network, conversationKey, instant, from, to, body, links, note, null);
    }

    /** Whether it goes into a room's archive (a group chat's message under its author's nickname). */
    public boolean groupchat() {
        return author != null;
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
        return new ArchiveEntry(id, network, conversationKey, instant, from, to, body, newLinks, note, author);
    }
}
