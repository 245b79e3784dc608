package org.trasloco.importers.io;

import java.io.IOException;

/** Thrown by {@link LineReader} when a line exceeds its limit; carries the line number. */
public final class LineTooLongException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final int limit;

    LineTooLongException(long line, int limit) {
        super("line " + line + " is longer than " + limit + " characters");
        this.line = line;
        this.limit = limit;
    }

    /** The 1-based number of the line that is too long. */
    public long line() {
        return line;
    }

    /** The limit in characters. */
    public int limit() {
        return limit;
    }
}
