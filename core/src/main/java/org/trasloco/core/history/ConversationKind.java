package org.trasloco.core.history;

import java.util.Locale;

/** Whether a conversation is between two people, a group, or a broadcast channel. */
public enum ConversationKind {
    /** Two people (including a chat with oneself). */
    DIRECT,
    /** A group chat. */
    GROUP,
    /** A channel: one or a few authors, many readers. */
    CHANNEL;

    /** The lower-case name used in files and the CLI. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
