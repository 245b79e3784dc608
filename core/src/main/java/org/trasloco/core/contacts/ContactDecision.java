package org.trasloco.core.contacts;

import java.util.Objects;

/**
 * The user's decision for one stored contact.
 *
 * @param contactId the contact's id in the workspace
 * @param decision what happens to the contact
 * @param xmppAddress the contact's XMPP address: required for {@link Decision#KNOWN}, {@code null}
 *     otherwise
 */
public record ContactDecision(long contactId, Decision decision, String xmppAddress) {

    /**
     * Checks that an address comes exactly with {@link Decision#KNOWN}.
     *
     * @param contactId the contact
     * @param decision the decision
     * @param xmppAddress the address or {@code null}
     */
    public ContactDecision {
        Objects.requireNonNull(decision, "decision");
        if ((decision == Decision.KNOWN) != (xmppAddress != null)) {
            throw new IllegalArgumentException("an address goes with the decision KNOWN and only with it: "
                    + decision + " " + xmppAddress);
        }
    }
}
