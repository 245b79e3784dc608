package org.trasloco.core.history;

import java.util.Objects;

/**
 * One chat of an export.
 *
 * @param network where it comes from
 * @param key the stable key that identifies this chat across exports of the same network
 *     (WhatsApp: the chat name from the file name; Telegram: the chat id)
 * @param title the name shown to the user
 * @param kind direct, group or channel
 */
public record Conversation(Network network, String key, String title, ConversationKind kind) {

    /**
     * Checks the components.
     *
     * @param network where it comes from
     * @param key the stable key
     * @param title the name shown to the user
     * @param kind direct, group or channel
     */
    public Conversation {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns this conversation with another kind.
     *
     * @param newKind the kind
     * @return a copy
     */
    public Conversation withKind(ConversationKind newKind) {
        return new Conversation(network, key, title, newKind);
    }
}
