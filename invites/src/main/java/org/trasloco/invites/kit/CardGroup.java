package org.trasloco.invites.kit;

import java.util.Objects;

/**
 * A group chat the person of an invite card will be in: the card names it and prints the link that
 * opens it, and says that its invitation reaches them by itself once they have joined.
 *
 * @param title the group's name, as the family knows it from the old app
 * @param joinLink the link that opens the group chat in an app ({@code xmpp:room@service?join})
 */
public record CardGroup(String title, String joinLink) {

    /**
     * Checks the parts.
     *
     * @param title the group's name; not blank
     * @param joinLink the link; not blank
     */
    public CardGroup {
        if (Objects.requireNonNull(title, "title").isBlank()) {
            throw new IllegalArgumentException("title is blank");
        }
        if (Objects.requireNonNull(joinLink, "joinLink").isBlank()) {
            throw new IllegalArgumentException("joinLink is blank");
        }
        title = title.strip();
    }
}
