package org.trasloco.importers.io;

import java.io.IOException;
import java.io.Reader;

/** A {@link LineReader} over decoded characters: used for UTF-16 files. */
final class DecodingLineReader extends LineReader {

    private final Reader in;
    private final int maxLineLength;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder pending = new StringBuilder();
    private int position;
    private int limit;
    private long lineNumber;
    private boolean skipLineFeed;
    private boolean eof;

    DecodingLineReader(Reader in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    @Override
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

    @Override
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
