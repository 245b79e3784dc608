package org.trasloco.core.contacts;

import java.util.Objects;
import org.trasloco.core.history.Network;

/**
 * The text of one system line of a conversation ("Ada added Bob"), read to find out who the user is.
 *
 * @param network the conversation's network
 * @param conversationKey the conversation's key
 * @param text the line's text
 */
public record SystemLine(Network network, String conversationKey, String text) {

    /**
     * Checks the components.
     *
     * @param network the network
     * @param conversationKey the conversation key
     * @param text the text
     */
    public SystemLine {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(text, "text");
    }
}
