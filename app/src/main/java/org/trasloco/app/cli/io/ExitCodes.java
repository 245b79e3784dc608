package org.trasloco.app.cli.io;

import org.trasloco.core.error.TraslocoException;

/** The exit codes of every {@code trasloco} command (DESIGN §4 and the account and upload issues). */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** The workspace or another local file could not be read or written. */
    public static final int STORAGE = 1;
    /** The command line was wrong, or a choice is needed ({@code --date-order}). */
    public static final int USAGE = 2;
    /** An input was unreadable or unrecognised. */
    public static final int BAD_INPUT = 3;
    /** A server refused. */
    public static final int REFUSED = 4;
    /** A server could not be reached securely. */
    public static final int CONNECTION = 5;
    /** Something unexpected happened (a bug): reported in plain words, never as a stack trace. */
    public static final int INTERNAL = 70;
    /** The program reading the output went away (e.g. {@code | head}): stop quietly, like other tools. */
    public static final int BROKEN_PIPE = 141;
    /** The user interrupted the command. */
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }

    /**
     * The exit code for a domain error.
     *
     * @param error the error
     * @return its code
     */
    public static int of(TraslocoException error) {
        return switch (error.kind()) {
            case BAD_INPUT -> BAD_INPUT;
            case USAGE -> USAGE;
            case CANCELLED -> CANCELLED;
            case STORAGE -> STORAGE;
            case REFUSED -> REFUSED;
            case CONNECTION -> CONNECTION;
        };
    }
}
