package org.trasloco.core.history;

import java.util.Locale;

/** What a message is. */
public enum MessageKind {
    /** Something a person wrote or sent. */
    MESSAGE,
    /** A line written by the messenger itself (group created, member added, security notice…). */
    SYSTEM,
    /** A tombstone: the message was deleted before the export. */
    DELETED;

    // Asked once per message when a million are written: computed once.
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in files and the CLI. */
    public String id() {
        return id;
    }
}
