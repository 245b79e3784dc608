package org.trasloco.app.cli.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The raw standard output that carries the CLI's JSON. Jackson already writes C0 controls (ESC,
 * BEL) in strings as {@code \u001B}-style escapes, but not the C1 controls U+0080–U+009F (U+009B
 * acts like ESC [ in some terminals) nor the bidirectional formatting characters, so output piped
 * to a terminal could still act on it. This stream rewrites their UTF-8 bytes as JSON escapes,
 * which only ever occur inside JSON strings and mean the same characters, so the JSON stays valid
 * and equal. Text written through {@link SafeTerminalWriter} never contains them.
 */
final class JsonSafeOutputStream extends FilterOutputStream {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Bytes of a possibly unsafe sequence not yet decided: 0xC2, or 0xE2 0x80 / 0xE2 0x81. */
    private final byte[] pending = new byte[2];
    private int pendingLength;

    JsonSafeOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        int value = b & 0xFF;
        if (pendingLength == 0) {
            if (value == 0xC2 || value == 0xE2) {
                pending[pendingLength++] = (byte) value;
            } else {
                out.write(value);
            }
            return;
        }
        int first = pending[0] & 0xFF;
        if (first == 0xC2) {
            pendingLength = 0;
            if (value >= 0x80 && value <= 0x9F) {
                escape(value);
            } else {
                out.write(first);
                write(value);
            }
            return;
        }
        if (pendingLength == 1) {
            if (value == 0x80 || value == 0x81) {
                pending[pendingLength++] = (byte) value;
            } else {
                pendingLength = 0;
                out.write(first);
                write(value);
            }
            return;
        }
        int second = pending[1] & 0xFF;
        pendingLength = 0;
        int codePoint = 0x2000 | (second & 0x3F) << 6 | (value & 0x3F);
        boolean bidi = (value & 0xC0) == 0x80
                && (codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069);
        if (bidi) {
            escape(codePoint);
        } else {
            out.write(first);
            out.write(second);
            write(value);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int end = offset + length;
        int run = offset;
        for (int i = offset; i < end; i++) {
            int value = bytes[i] & 0xFF;
            if (pendingLength > 0 || value == 0xC2 || value == 0xE2) {
                // Plain bytes before a possible start go out in one piece.
                out.write(bytes, run, i - run);
                write(value);
                run = i + 1;
            }
        }
        out.write(bytes, run, end - run);
    }

    @Override
    public void flush() throws IOException {
        // A sequence split across writes stays pending: it is completed by the next write.
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.write(pending, 0, pendingLength);
        pendingLength = 0;
        super.close();
    }

    private void escape(int codePoint) throws IOException {
        out.write('\\');
        out.write('u');
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.write(HEX[codePoint >> shift & 0xF]);
        }
    }
}
