package org.trasloco.invites.kit;

import java.util.Objects;
import org.trasloco.invites.links.InviteLink;

/**
 * One invite card to cut out and hand over.
 *
 * @param forName the person the card is for, or {@code null} for a card with a blank line
 * @param link the invitation the card's QR code carries
 */
public record InviteCard(String forName, InviteLink link) {

    /**
     * Checks the parts.
     *
     * @param forName the person, or {@code null}
     * @param link the invitation
     */
    public InviteCard {
        forName = forName == null || forName.isBlank() ? null : forName.strip();
        Objects.requireNonNull(link, "link");
    }
}
