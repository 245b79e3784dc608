package org.trasloco.importers.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link LineReader} for UTF-8: splits lines at the byte level ({@code \n} and {@code \r} never occur
 * inside a multi-byte sequence) and decodes each with {@code new String(…, UTF_8)}. That decoder
 * replaces invalid bytes with U+FFFD instead of failing, so a line that contains U+FFFD is decoded a
 * second time, strictly, to tell a genuine U+FFFD from an invalid byte. A leading UTF-8 byte-order
 * mark is skipped.
 */
final class Utf8LineReader extends LineReader {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private byte[] pending = new byte[256];
    private int pendingLength;
    private int position;
    private int limit;
    private long lineNumber;
    private boolean skipLineFeed;
    private boolean eof;
    private boolean started;

    Utf8LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public String readLine() throws IOException {
        pendingLength = 0;
        boolean any = false;
        while (true) {
            if (position >= limit && !fill()) {
                return any ? finish(pending, 0, pendingLength) : null;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            int start = position;
            int end = limit;
            for (int i = start; i < end; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    position = i + 1;
                    skipLineFeed = b == '\r';
                    if (pendingLength == 0) {
                        return finish(buffer, start, i - start);
                    }
                    append(start, i - start);
                    return finish(pending, 0, pendingLength);
                }
            }
            append(start, end - start);
            position = end;
        }
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    private String finish(byte[] bytes, int offset, int length) throws IOException {
        if (length > maxLineBytes) {
            throw new LineTooLongException(lineNumber + 1, maxLineBytes);
        }
        String line = new String(bytes, offset, length, StandardCharsets.UTF_8);
        if (line.indexOf('\uFFFD') >= 0) {
            // Throws MalformedInputException when the replacement character stands for invalid bytes.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length));
        }
        lineNumber++;
        return line;
    }

    private void append(int start, int length) throws LineTooLongException {
        if (pendingLength + length > maxLineBytes) {
            throw new LineTooLongException(lineNumber + 1, maxLineBytes);
        }
        if (pendingLength + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + length));
        }
        System.arraycopy(buffer, start, pending, pendingLength, length);
        pendingLength += length;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = n;
        if (!started) {
            started = true;
            if (n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                position = 3;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
