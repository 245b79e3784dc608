package org.trasloco.core.contacts;

import java.util.Objects;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.PhoneBookEntry;

/**
 * Who made an export, as the export itself says.
 *
 * @param network the export's network
 * @param owner the exporting user's own details
 */
public record ExportOwner(Network network, PhoneBookEntry owner) {

    /**
     * Checks the components.
     *
     * @param network the network
     * @param owner the owner's details
     */
    public ExportOwner {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(owner, "owner");
    }
}
