package org.trasloco.move.invites;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.people.Invitee;
import org.trasloco.invites.people.Inviter;
import org.trasloco.move.choices.Journey;

/**
 * A kit as the user ordered it: whose, in which language, on which paper, how large, and the people
 * who get an invite card.
 *
 * @param owner whose kit: their name and new address
 * @param language the kit's language
 * @param paper A4 or Letter
 * @param size normal or large print
 * @param webChat the owner's server's web chat, or {@code null} for the one the apps catalogue knows
 * @param landing where landing links point
 * @param cards the people who get an invite card (none: a page of blank cards)
 */
public record KitOrder(Inviter owner, Locale language, PaperFormat paper, PrintSize size, String webChat,
        LandingLinks landing, List<Invitee> cards) {

    /**
     * Checks and copies.
     *
     * @param owner the owner
     * @param language the language
     * @param paper the paper
     * @param size the print size
     * @param webChat the web chat or {@code null}
     * @param landing the landing links
     * @param cards the people
     */
    public KitOrder {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(landing, "landing");
        cards = List.copyOf(cards);
    }

    /**
     * The print size a kit starts with: large for someone the user helps (often an older relative),
     * normal otherwise.
     *
     * @param journey who is moving
     * @return the size
     */
    public static PrintSize sizeFor(Journey journey) {
        return journey == Journey.HELPER ? PrintSize.LARGE : PrintSize.NORMAL;
    }
}
