package org.trasloco.core.ids;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.trasloco.core.history.Network;

/**
 * Computes the stable ids of one conversation's messages, in export order.
 *
 * <p>An id is the SHA-256 of (network, conversation key, wall-clock timestamp, author, text,
 * occurrence), truncated to 128 bits and written as 32 lower-case hex digits. Every field is written
 * as its UTF-8 length (4 bytes) followed by its UTF-8 bytes, so no two field lists give the same
 * input; a system line's missing author is length -1. The occurrence number tells apart identical
 * messages (same time, author and text, e.g. two "ok" in the same minute): the first has occurrence
 * 0, which is not hashed, the next 1, and so on. Markers that the importer removed (attachment names,
 * "edited") are not part of the text and so not of the id: a chat exported once without and once
 * with media yields the same ids.
 *
 * <p>Counting occurrences needs memory only for a sliding window of {@value #WINDOW_HOURS} hours of
 * timestamps (identical messages share their timestamp; the window covers clocks going back at a
 * daylight-saving change), so a conversation of any length is processed in bounded memory. Instances
 * are not thread-safe: use one per conversation being read.
 */
public final class MessageIdGenerator {

    /** How far back, behind the latest timestamp seen, identical messages are still counted. */
    public static final int WINDOW_HOURS = 48;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final MessageDigest digest;
    private final byte[] prefix;
    private final OccurrenceWindow occurrences = new OccurrenceWindow(WINDOW_HOURS * 3600L);
    private final byte[] length = new byte[4];
    private final byte[] time = new byte[19];
    private final byte[] hash = new byte[32];
    private final char[] hex = new char[32];

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
        update(network.id());
        update(conversationKey);
        this.prefix = digest.digest();
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
        hashFields(timestamp, author, text);
        finish();
        int occurrence = occurrences.increment(timestamp.toEpochSecond(ZoneOffset.UTC), firstLong(hash));
        if (occurrence > 0) {
            hashFields(timestamp, author, text);
            update(Integer.toString(occurrence));
            finish();
        }
        return hex(hash);
    }

    private void finish() {
        try {
            digest.digest(hash, 0, hash.length);
        } catch (DigestException e) {
            throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
        }
    }

    private void hashFields(LocalDateTime timestamp, String author, String text) {
        digest.update(prefix);
        writeTime(timestamp);
        if (author == null) {
            writeLength(-1);
        } else {
            update(author);
        }
        update(text);
    }

    /** Hashes one field: its UTF-8 length, then its UTF-8 bytes. */
    private void update(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeLength(bytes.length);
        digest.update(bytes);
    }

    /** Hashes the time as its 19 ISO characters ({@code 2024-02-03T18:20:05}), written without a String. */
    private void writeTime(LocalDateTime timestamp) {
        writeLength(time.length);
        digits(0, timestamp.getYear(), 4);
        time[4] = '-';
        digits(5, timestamp.getMonthValue(), 2);
        time[7] = '-';
        digits(8, timestamp.getDayOfMonth(), 2);
        time[10] = 'T';
        digits(11, timestamp.getHour(), 2);
        time[13] = ':';
        digits(14, timestamp.getMinute(), 2);
        time[16] = ':';
        digits(17, timestamp.getSecond(), 2);
        digest.update(time);
    }

    private void digits(int at, int value, int width) {
        int rest = Math.floorMod(value, 10_000);
        for (int i = at + width - 1; i >= at; i--) {
            time[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
    }

    private void writeLength(int value) {
        length[0] = (byte) (value >>> 24);
        length[1] = (byte) (value >>> 16);
        length[2] = (byte) (value >>> 8);
        length[3] = (byte) value;
        digest.update(length);
    }

    private String hex(byte[] bytes) {
        // Only the first 128 bits are used.
        for (int i = 0; i < 16; i++) {
            hex[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(hex);
    }

    private static long firstLong(byte[] bytes) {
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }
}
