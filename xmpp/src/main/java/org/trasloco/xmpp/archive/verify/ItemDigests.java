package org.trasloco.xmpp.archive.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.FieldDigest;
import org.trasloco.xmpp.archive.protocol.MessageXml;

/**
 * The digest of a set of imported items, as the server computes it for the digest request
 * (docs/protocol/archive-import.md, section 8): each item's SHA-256 over its key, archive time,
 * sender, recipient, body and links (each field as a 4-byte big-endian length and its UTF-8 bytes),
 * then SHA-256 over those item digests in lower-case hex, sorted and concatenated. The order of the
 * items does not matter.
 */
public final class ItemDigests {

    private final List<String> items = new ArrayList<>();

    /**
     * Adds a message as it was sent: the archive should hold exactly this.
     *
     * @param entry the message
     */
    public void add(ArchiveEntry entry) {
        MessageDigest digest = sha256();
        for (String field : new String[] {entry.id(), MessageXml.stamp(entry), entry.from(), entry.to(), entry.body(),
            String.join(" ", entry.links())}) {
            update(digest, field);
        }
        items.add(HexFormat.of().formatHex(digest.digest()));
    }

    /** How many items were added. */
    public long count() {
        return items.size();
    }

    /** The digest of all items added, lower-case hex. */
    public String sha256Hex() {
        List<String> sorted = new ArrayList<>(items);
        Collections.sort(sorted);
        MessageDigest digest = sha256();
        sorted.forEach(item -> digest.update(item.getBytes(StandardCharsets.US_ASCII)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Adds a field: its UTF-8 length as 4 bytes, big-endian, then its UTF-8 bytes. */
    static void update(MessageDigest digest, String field) {
        FieldDigest.update(digest, field);
    }

    static MessageDigest sha256() {
        return FieldDigest.sha256();
    }
}
