package org.trasloco.core.csv;

import java.io.IOException;

/** A quoted cell that the file never closes: everything after it would be one cell. */
public final class UnclosedQuoteException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;

    UnclosedQuoteException(long line) {
        super("quote opened on line " + line + " is never closed");
        this.line = line;
    }

    /**
     * Where the quote opens.
     *
     * @return the line, from 1
     */
    public long line() {
        return line;
    }
}
