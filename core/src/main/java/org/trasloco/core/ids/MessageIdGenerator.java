package org.trasloco.core.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.trasloco.core.history.Network;

/**
 * Computes the stable ids of one conversation's messages, in export order.
 *
 * <p>An id is the SHA-256 of (network, conversation key, wall-clock timestamp, author, text,
 * occurrence), truncated to 128 bits and written as 32 lower-case hex digits. The occurrence number
 * tells apart identical messages (same time, author and text, e.g. two "ok" in the same minute):
 * the first has occurrence 0, which is left out of the hash, the next 1, and so on. Markers that the
 * importer removed (attachment names, "edited") are not part of the text and so not of the id: a chat
 * exported once without and once with media yields the same ids.
 *
 * <p>Counting occurrences needs memory only for a sliding window of
 * {@value #WINDOW_HOURS} hours of timestamps (identical messages share their timestamp; the window
 * covers clocks going back at a daylight-saving change), so a conversation of any length is
 * processed in bounded memory. Instances are not thread-safe: use one per conversation being read.
 */
public final class MessageIdGenerator {

    /** How far back, behind the latest timestamp seen, identical messages are still counted. */
    public static final int WINDOW_HOURS = 48;

    private static final long WINDOW_SECONDS = WINDOW_HOURS * 3600L;
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest digest;
    private final byte[] prefix;
    private final Map<Long, Integer> occurrences = new HashMap<>();
    private final ArrayDeque<long[]> window = new ArrayDeque<>();
    private long latestSecond = Long.MIN_VALUE;

    /**
     * Creates a generator for one conversation.
     *
     * @param network the conversation's network
     * @param conversationKey the conversation's stable key
     */
    public MessageIdGenerator(Network network, String conversationKey) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(conversationKey, "conversationKey");
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        StringBuilder head = new StringBuilder();
        appendField(head, network.id());
        appendField(head, conversationKey);
        this.prefix = head.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Returns the id of the next message of this conversation.
     *
     * @param timestamp the wall-clock time as written in the export
     * @param author the sender, or {@code null} for a system line
     * @param text the text without markers
     * @return 32 lower-case hex digits
     */
    public String next(LocalDateTime timestamp, String author, String text) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(text, "text");
        StringBuilder fields = new StringBuilder(text.length() + 64);
        appendField(fields, timestamp.toString());
        appendField(fields, author == null ? "\u0000" : author);
        appendField(fields, text);
        byte[] body = fields.toString().getBytes(StandardCharsets.UTF_8);

        digest.update(prefix);
        digest.update(body);
        byte[] base = digest.digest();
        int occurrence = countOccurrence(timestamp.toEpochSecond(ZoneOffset.UTC), firstLong(base));
        if (occurrence == 0) {
            return HEX.formatHex(base, 0, 16);
        }
        digest.update(prefix);
        digest.update(body);
        digest.update(Integer.toString(occurrence).getBytes(StandardCharsets.US_ASCII));
        return HEX.formatHex(digest.digest(), 0, 16);
    }

    private int countOccurrence(long second, long key) {
        if (second > latestSecond) {
            latestSecond = second;
            while (!window.isEmpty() && window.peekFirst()[0] < latestSecond - WINDOW_SECONDS) {
                occurrences.remove(window.pollFirst()[1]);
            }
        }
        Integer seen = occurrences.get(key);
        if (seen == null) {
            occurrences.put(key, 1);
            window.addLast(new long[] {second, key});
            return 0;
        }
        occurrences.put(key, seen + 1);
        return seen;
    }

    private static long firstLong(byte[] bytes) {
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }

    /** Length-prefixed so that no two different field lists give the same bytes. */
    private static void appendField(StringBuilder target, String field) {
        target.append(field.length()).append(':').append(field).append('\u001F');
    }
}
