package org.trasloco.core.contacts;

import java.util.Objects;
import org.trasloco.core.history.Network;

/**
 * Names one participant of one conversation: the unit that people are merged from.
 *
 * @param network the conversation's network
 * @param conversationKey the conversation's stable key
 * @param name the participant's name in that conversation
 */
public record ParticipantKey(Network network, String conversationKey, String name) {

    /**
     * Checks the components.
     *
     * @param network the network
     * @param conversationKey the conversation key
     * @param name the participant's name
     */
    public ParticipantKey {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(name, "name");
    }
}
