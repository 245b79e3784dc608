package org.trasloco.importers.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ending in {@code \n}, {@code \r\n} or {@code \r} (and nothing else: U+2028, U+2029 and
 * U+0085 stay inside lines, unlike Java's {@code \R}), numbering them from 1, with a length limit so
 * that a damaged file with one enormous line cannot exhaust memory.
 */
public final class LineReader implements Closeable {

    private final Reader in;
    private final int maxLineLength;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder pending = new StringBuilder();
    private int position;
    private int limit;
    private long lineNumber;
    private boolean skipLineFeed;
    private boolean eof;

    /**
     * Creates a reader.
     *
     * @param in the text
     * @param maxLineLength the longest line accepted, in characters
     */
    public LineReader(Reader in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    /**
     * Reads the next line without its terminator.
     *
     * @return the line, or {@code null} at the end of the text
     * @throws LineTooLongException when the line exceeds the limit
     * @throws IOException when reading or decoding fails
     */
    public String readLine() throws IOException {
        pending.setLength(0);
        boolean any = false;
        while (true) {
            if (position >= limit) {
                if (!fill()) {
                    if (!any) {
                        return null;
                    }
                    lineNumber++;
                    return pending.toString();
                }
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
            while (position < limit) {
                char c = buffer[position];
                if (c == '\n' || c == '\r') {
                    String line = finish(start, position);
                    position++;
                    skipLineFeed = c == '\r';
                    return line;
                }
                position++;
            }
            if (pending.length() + (position - start) > maxLineLength) {
                throw new LineTooLongException(lineNumber + 1, maxLineLength);
            }
            pending.append(buffer, start, position - start);
        }
    }

    /** The number of the line last returned, 1-based (0 before the first). */
    public long lineNumber() {
        return lineNumber;
    }

    private String finish(int start, int end) throws LineTooLongException {
        if (pending.length() + (end - start) > maxLineLength) {
            throw new LineTooLongException(lineNumber + 1, maxLineLength);
        }
        lineNumber++;
        if (pending.length() == 0) {
            return new String(buffer, start, end - start);
        }
        pending.append(buffer, start, end - start);
        return pending.toString();
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
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
