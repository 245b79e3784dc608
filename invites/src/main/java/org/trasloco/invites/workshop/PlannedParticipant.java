package org.trasloco.invites.workshop;

import java.util.Objects;
import org.trasloco.core.address.XmppAddress;

/**
 * A participant with the address they will have.
 *
 * @param participant the line of the list
 * @param address their address on the workshop's server (or the one they asked for)
 * @param suggested whether the address was made up from their name
 */
public record PlannedParticipant(Participant participant, XmppAddress address, boolean suggested) {

    /**
     * Checks the parts.
     *
     * @param participant the participant
     * @param address the address
     * @param suggested whether it was made up
     */
    public PlannedParticipant {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(address, "address");
    }
}
