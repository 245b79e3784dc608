package org.trasloco.importers.telegram.json;

import java.io.IOException;
import java.io.InputStream;
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
        byte[] out = output;
        int o = 0;
        for (int i = 0; i < length; i++) {
            byte c = input[i];
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
                    continue;
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
            } else if (state == State.AFTER_KEY) {
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
            } else {
                o = bare(c, out, o);
            }
        }
        return o;
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
