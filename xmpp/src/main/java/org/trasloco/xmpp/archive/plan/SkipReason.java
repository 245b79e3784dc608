package org.trasloco.xmpp.archive.plan;

/** Why a message of the workspace does not go into the archive. */
public enum SkipReason {
    /** A line the messenger wrote itself ("Messages are end-to-end encrypted", "Anna joined"). */
    SYSTEM,
    /** A deleted message: only "This message was deleted" is left. */
    DELETED,
    /** Nothing to show: no text, no attachment. */
    EMPTY
}
