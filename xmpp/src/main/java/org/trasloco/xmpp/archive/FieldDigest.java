package org.trasloco.xmpp.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 over fields, each written as its UTF-8 length (4 bytes, big-endian) and its UTF-8 bytes,
 * so that no two lists of fields give the same input: the encoding of the archive-import protocol's
 * item digest (docs/protocol/archive-import.md, section 8.3), and of the content digests Trasloco
 * keeps in its ledger.
 */
public final class FieldDigest {

    private FieldDigest() {
    }

    /**
     * A new SHA-256.
     *
     * @return the digest
     */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Adds a field: its UTF-8 length as 4 bytes, big-endian, then its UTF-8 bytes.
     *
     * @param digest the digest
     * @param field the field
     */
    public static void update(MessageDigest digest, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
            (byte) (bytes.length >>> 8), (byte) bytes.length});
        digest.update(bytes);
    }
}
