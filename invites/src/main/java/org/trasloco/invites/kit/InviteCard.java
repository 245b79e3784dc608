package org.trasloco.invites.kit;

import java.util.List;
import java.util.Objects;
import org.trasloco.invites.links.InviteLink;

/**
 * One invite card to cut out and hand over.
 *
 * @param forName the person the card is for, or {@code null} for a card with a blank line
 * @param link the invitation the card's QR code carries
 * @param groups the group chats the person will be in, in the order the card names them; a card
 *     with groups is printed across a whole row of the page, to have room for them
 */
public record InviteCard(String forName, InviteLink link, List<CardGroup> groups) {

    /**
     * Checks the parts.
     *
     * @param forName the person, or {@code null}
     * @param link the invitation
     * @param groups the group chats, none for a plain card
     */
    public InviteCard {
        forName = forName == null || forName.isBlank() ? null : forName.strip();
        Objects.requireNonNull(link, "link");
        groups = List.copyOf(groups);
    }

    /**
     * A card without group chats.
     *
     * @param forName the person, or {@code null}
     * @param link the invitation
     */
    public InviteCard(String forName, InviteLink link) {
        this(forName, link, List.of());
    }

    /** Whether the card names group chats. */
    public boolean hasGroups() {
        return !groups.isEmpty();
    }
}
