package org.trasloco.invites.kit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.trasloco.invites.Languages;
import org.trasloco.invites.apps.AppsCatalogue;
import org.trasloco.invites.links.InviteLink;
import org.trasloco.invites.people.Inviter;

/**
 * What one person's kit holds.
 *
 * @param owner whose kit it is: their name and new address
 * @param addMe the invitation to add the owner, carried by the cover's QR code
 * @param accountInvite an invitation to create an account (workshops), shown in the first steps, or
 *     {@code null}
 * @param apps the apps to recommend (with the owner's server's web chat when known)
 * @param cards the invite cards; when empty, one page of cards with a blank name line is printed
 * @param language the kit's language; one of {@link Languages#SUPPORTED}
 */
public record KitContent(Inviter owner, InviteLink addMe, InviteLink accountInvite, AppsCatalogue apps,
        List<InviteCard> cards, Locale language) {

    /**
     * Checks and copies.
     *
     * @param owner the owner
     * @param addMe the invitation to add them
     * @param accountInvite an account invitation, or {@code null}
     * @param apps the apps
     * @param cards the cards
     * @param language the language
     */
    public KitContent {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(addMe, "addMe");
        Objects.requireNonNull(apps, "apps");
        cards = List.copyOf(cards);
        if (!Languages.SUPPORTED.contains(Objects.requireNonNull(language, "language"))) {
            throw new IllegalArgumentException("unsupported language " + language);
        }
    }
}
