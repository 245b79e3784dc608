package org.trasloco.app.cli.io;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Smack reports every refused connection with a stack trace on standard error; the commands explain
 * failures themselves, in the user's language, so Smack's own log is switched off for them.
 */
public final class SmackLogging {

    // Held so that the setting is not lost when the logger is garbage-collected.
    private static final Logger SMACK = Logger.getLogger("org.jivesoftware");

    private SmackLogging() {
    }

    /** Switches Smack's own log off for the rest of the process. */
    public static void silence() {
        SMACK.setLevel(Level.OFF);
    }
}
