package org.trasloco.invites.people;

import java.util.Objects;
import org.trasloco.core.address.XmppAddress;

/**
 * The person who invites: their name as friends know it, and their new XMPP address.
 *
 * @param name the name, or {@code null} when not given
 * @param address the new address (bare)
 */
public record Inviter(String name, XmppAddress address) {

    /**
     * Checks and trims.
     *
     * @param name the name, or {@code null}
     * @param address the address; its resource is dropped
     */
    public Inviter {
        name = name == null || name.isBlank() ? null : name.strip();
        address = Objects.requireNonNull(address, "address").bare();
    }

    /** The name, or the address when there is no name: what to call the inviter in a text. */
    public String displayName() {
        return name != null ? name : address.toString();
    }
}
