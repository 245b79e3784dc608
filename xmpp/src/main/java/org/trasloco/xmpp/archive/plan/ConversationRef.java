package org.trasloco.xmpp.archive.plan;

import java.util.Objects;
import org.trasloco.core.history.Network;

/**
 * Names a conversation of the workspace.
 *
 * @param network its network
 * @param key its stable key
 */
public record ConversationRef(Network network, String key) {

    /**
     * Checks the components.
     *
     * @param network the network
     * @param key the key
     */
    public ConversationRef {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        return network.id() + "/" + key;
    }
}
