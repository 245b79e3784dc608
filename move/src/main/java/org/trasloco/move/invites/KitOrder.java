package org.trasloco.move.invites;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import org.trasloco.invites.kit.CardGroup;
import org.trasloco.invites.kit.PaperFormat;
import org.trasloco.invites.kit.PrintSize;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.links.ServerInvite;
import org.trasloco.invites.people.Invitee;
import org.trasloco.invites.people.Inviter;
import org.trasloco.move.choices.Journey;

/**
 * A kit as the user ordered it: whose, in which language, on which paper, how large, the people
 * who get an invite card, and the group chats each card names.
 *
 * @param owner whose kit: their name and new address
 * @param language the kit's language
 * @param paper A4 or Letter
 * @param size normal or large print
 * @param webChat the owner's server's web chat, or {@code null} for the one the apps catalogue knows
 * @param landing where landing links point
 * @param cards the people who get an invite card (none: a page of blank cards)
 * @param serverInvites the invitations the owner's server made, by card: those cards carry them
 *     instead of a plain contact link
 * @param groups the group chats the person of a card will be in (see {@link KitGroups}), by card:
 *     those cards name them; cards not here name none
 */
public record KitOrder(Inviter owner, Locale language, PaperFormat paper, PrintSize size, String webChat,
        LandingLinks landing, List<Invitee> cards, Map<Invitee, ServerInvite> serverInvites,
        Map<Invitee, List<CardGroup>> groups) {

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
     * @param serverInvites the server's invitations by card
     * @param groups the group chats by card
     */
    public KitOrder {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(landing, "landing");
        cards = List.copyOf(cards);
        serverInvites = Map.copyOf(serverInvites);
        Map<Invitee, List<CardGroup>> copied = new HashMap<>();
        groups.forEach((invitee, list) -> copied.put(invitee, List.copyOf(list)));
        groups = Map.copyOf(copied);
    }

    /**
     * A kit whose cards name no group chats.
     *
     * @param owner the owner
     * @param language the language
     * @param paper the paper
     * @param size the print size
     * @param webChat the web chat or {@code null}
     * @param landing the landing links
     * @param cards the people
     * @param serverInvites the server's invitations by card
     */
    public KitOrder(Inviter owner, Locale language, PaperFormat paper, PrintSize size, String webChat,
            LandingLinks landing, List<Invitee> cards, Map<Invitee, ServerInvite> serverInvites) {
        this(owner, language, paper, size, webChat, landing, cards, serverInvites, Map.of());
    }

    /**
     * A kit whose cards carry plain contact links.
     *
     * @param owner the owner
     * @param language the language
     * @param paper the paper
     * @param size the print size
     * @param webChat the web chat or {@code null}
     * @param landing the landing links
     * @param cards the people
     */
    public KitOrder(Inviter owner, Locale language, PaperFormat paper, PrintSize size, String webChat,
            LandingLinks landing, List<Invitee> cards) {
        this(owner, language, paper, size, webChat, landing, cards, Map.of(), Map.of());
    }

    /**
     * A kit with a card for each of a move's invitations, carrying the server's invitation where
     * there is one.
     *
     * @param owner the owner
     * @param language the language
     * @param paper the paper
     * @param size the print size
     * @param webChat the web chat or {@code null}
     * @param landing the landing links
     * @param invitations the invitations (see {@link InvitationList})
     * @return the order
     */
    public static KitOrder forInvitations(Inviter owner, Locale language, PaperFormat paper, PrintSize size,
            String webChat, LandingLinks landing, List<PersonInvitation> invitations) {
        return forInvitations(owner, language, paper, size, webChat, landing, invitations, Map.of());
    }

    /**
     * A kit with a card for each of a move's invitations, carrying the server's invitation where
     * there is one and naming the group chats its person will be in.
     *
     * @param owner the owner
     * @param language the language
     * @param paper the paper
     * @param size the print size
     * @param webChat the web chat or {@code null}
     * @param landing the landing links
     * @param invitations the invitations (see {@link InvitationList})
     * @param groups the group chats by contact id (see {@link KitGroups#byContact}); people from a
     *     people file (id 0) are in none
     * @return the order
     */
    public static KitOrder forInvitations(Inviter owner, Locale language, PaperFormat paper, PrintSize size,
            String webChat, LandingLinks landing, List<PersonInvitation> invitations, Map<Long, List<CardGroup>> groups) {
        Map<Invitee, ServerInvite> server = new HashMap<>();
        Map<Invitee, List<CardGroup>> named = new HashMap<>();
        for (PersonInvitation invitation : invitations) {
            Invitee invitee = invitation.message().invitee();
            if (invitation.serverInvite() != null) {
                server.put(invitee, invitation.serverInvite());
            }
            if (invitation.contactId() != 0 && groups.containsKey(invitation.contactId())) {
                named.put(invitee, groups.get(invitation.contactId()));
            }
        }
        return new KitOrder(owner, language, paper, size, webChat, landing,
                invitations.stream().map(invitation -> invitation.message().invitee()).toList(), server, named);
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
