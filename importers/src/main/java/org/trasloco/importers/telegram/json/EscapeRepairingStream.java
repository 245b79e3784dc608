package org.trasloco.importers.telegram.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Repairs, while streaming, the two ways Telegram Desktop writes invalid JSON, so that a standard
 * parser can read its exports.
 *
 * <ul>
 *   <li>Control characters other than tab, line feed and carriage return are written as
 *       {@code \xHH}, an escape JSON does not have: it becomes <code>&#92;u00HH</code>. A backslash starts
 *       an escape only when it is not itself escaped; escapes are consumed in pairs, so
 *       {@code \\x41} stays a backslash followed by {@code x41}.</li>
 *   <li>Versions 4.0.4 to 4.1.1 wrote the {@code document_id} of custom emoji as a bare path
 *       ({@code "document_id": stickers/sticker (2).webp}); such a value is quoted up to the end of
 *       its line (the exporter writes every key on its own line).</li>
 * </ul>
 *
 * <p>Bytes are rewritten only around ASCII backslashes and quotes, which never occur inside a
 * multi-byte UTF-8 sequence, so the text's encoding is untouched. Line breaks are never added or
 * removed: line numbers of the repaired stream are those of the file.
 */
final class EscapeRepairingStream extends InputStream {

    private static final byte[] KEY = "document_id\":".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long LOW7 = 0x7F7F_7F7F_7F7F_7F7FL;
    private static final long BACKSLASHES = ONES * '\\';
    private static final long QUOTES = ONES * '"';
    private static final long DS = ONES * 'd';

    private enum State { NORMAL, AFTER_KEY, BARE_VALUE }

    private final InputStream in;
    private final byte[] input = new byte[CHUNK];
    /** Every input byte becomes at most three output bytes ({@code x} after a backslash becomes three). */
    private final byte[] output = new byte[CHUNK * 3 + 4];
    private int outputPosition;
    private int outputLength;
    private boolean escaped;
    private int keyMatched = -1;
    private State state = State.NORMAL;
    private boolean ended;

    EscapeRepairingStream(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read() throws IOException {
        if (outputPosition == outputLength && !fill()) {
            return -1;
        }
        return output[outputPosition++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (outputPosition == outputLength && !fill()) {
            return -1;
        }
        int n = Math.min(length, outputLength - outputPosition);
        System.arraycopy(output, outputPosition, buffer, offset, n);
        outputPosition += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads and repairs the next chunk; {@code false} at the end of the input. */
    private boolean fill() throws IOException {
        while (!ended) {
            int n = in.read(input, 0, CHUNK);
            if (n < 0) {
                ended = true;
                if (state == State.BARE_VALUE) {
                    output[0] = '"';
                    outputPosition = 0;
                    outputLength = 1;
                    state = State.NORMAL;
                    return true;
                }
                return false;
            }
            if (n > 0) {
                outputPosition = 0;
                outputLength = repair(n);
                if (outputLength > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private int repair(int length) {
        byte[] in = input;
        byte[] out = output;
        int o = 0;
        int copied = 0;
        int i = 0;
        while (i < length) {
            if (state == State.NORMAL && !escaped && keyMatched < 0) {
                // Fast path: nothing is copied until something has to change (rarely).
                i = candidate(in, i, length);
                if (i == length) {
                    if (length > 0 && in[length - 1] == '"' && !endsWithEscape(in, length - 1)) {
                        keyMatched = 0;
                    }
                    break;
                }
                if (in[i] == '\\') {
                    if (i + 1 < length && in[i + 1] != 'x') {
                        i += 2;
                        continue;
                    }
                    System.arraycopy(in, copied, out, o, i + 1 - copied);
                    o += i + 1 - copied;
                    i++;
                    copied = i;
                    escaped = true;
                } else {
                    // A 'd' right after a quote: perhaps the key "document_id":, matched byte by byte.
                    keyMatched = 0;
                }
                continue;
            }
            System.arraycopy(in, copied, out, o, i - copied);
            o += i - copied;
            o = slow(in[i++], out, o);
            copied = i;
        }
        System.arraycopy(in, copied, out, o, length - copied);
        return o + length - copied;
    }

    /** Whether the quote at {@code at} is preceded by an odd number of backslashes (escaped). */
    private static boolean endsWithEscape(byte[] in, int at) {
        int backslashes = 0;
        for (int k = at - 1; k >= 0 && in[k] == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** One byte outside the fast path: after a backslash, near a possible key, or in a bare value. */
    private int slow(byte c, byte[] out, int o) {
        if (state == State.NORMAL) {
            if (escaped) {
                escaped = false;
                keyMatched = -1;
                if (c == 'x') {
                    out[o++] = 'u';
                    out[o++] = '0';
                    out[o++] = '0';
                } else {
                    out[o++] = c;
                }
                return o;
            }
            if (c == '\\') {
                escaped = true;
                keyMatched = -1;
            } else if (keyMatched >= 0 && c == KEY[keyMatched]) {
                if (++keyMatched == KEY.length) {
                    keyMatched = -1;
                    state = State.AFTER_KEY;
                }
            } else {
                keyMatched = c == '"' ? 0 : -1;
            }
            out[o++] = c;
            return o;
        }
        if (state == State.AFTER_KEY) {
            if (c == ' ' || c == '\t') {
                out[o++] = c;
            } else if (startsValue(c)) {
                state = State.NORMAL;
                keyMatched = c == '"' ? 0 : -1;
                out[o++] = c;
            } else {
                out[o++] = '"';
                state = State.BARE_VALUE;
                o = bare(c, out, o);
            }
            return o;
        }
        return bare(c, out, o);
    }

    /**
     * The index of the next byte that may need a repair: a backslash, or a {@code d} right after a
     * quote (where the key {@code "document_id":} could start); {@code to} when there is none. Looks
     * at eight bytes at a time, so that ordinary text and the many quotes of JSON cost no branch.
     */
    private static int candidate(byte[] in, int from, int to) {
        int i = from;
        long quoteBefore = i > 0 && in[i - 1] == '"' ? 0x80L : 0;
        while (i + Long.BYTES <= to) {
            long word = (long) LONGS.get(in, i);
            long quotes = zeroBytes(word ^ QUOTES);
            long found = zeroBytes(word ^ BACKSLASHES) | ((quotes << 8) | quoteBefore) & zeroBytes(word ^ DS);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            quoteBefore = quotes >>> 56;
            i += Long.BYTES;
        }
        for (; i < to; i++) {
            if (in[i] == '\\' || in[i] == 'd' && i > 0 && in[i - 1] == '"') {
                return i;
            }
        }
        return to;
    }

    /** 0x80 in every byte of {@code x} that is zero, and nothing else (no false positives). */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /** One byte of an unquoted value: escaped as a JSON string needs, closed at the end of the line. */
    private int bare(byte c, byte[] out, int o) {
        if (c == '\n' || c == '\r') {
            out[o++] = '"';
            out[o++] = c;
            state = State.NORMAL;
            keyMatched = -1;
        } else if (c == '"' || c == '\\') {
            out[o++] = '\\';
            out[o++] = c;
        } else {
            out[o++] = c;
        }
        return o;
    }

    private static boolean startsValue(byte c) {
        return c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 'n' || c == 't' || c == 'f'
                || c == '[' || c == '{';
    }
}
