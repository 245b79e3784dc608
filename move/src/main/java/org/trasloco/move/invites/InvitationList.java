package org.trasloco.move.invites;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.links.ServerInvite;
import org.trasloco.invites.people.Invitee;
import org.trasloco.invites.people.Invitees;
import org.trasloco.invites.people.Inviter;
import org.trasloco.invites.share.Invitations;
import org.trasloco.invites.share.ShareMessage;

/**
 * The invitations of a move: one for each person the people step marked "invite" (and for each
 * person of a people file), with the share text in their language and whether it was sent.
 */
public final class InvitationList {

    private final Inviter inviter;
    private final LandingLinks landing;
    private final Clock clock;

    /**
     * Invitations from someone.
     *
     * @param inviter who invites: their name and new address
     * @param landing where landing links point when the server gives no landing page of its own
     */
    public InvitationList(Inviter inviter, LandingLinks landing) {
        this(inviter, landing, Clock.systemUTC());
    }

    /**
     * Invitations from someone, judging the server's invitations' expiry by a clock.
     *
     * @param inviter who invites: their name and new address
     * @param landing where landing links point when the server gives no landing page of its own
     * @param clock tells which of the server's invitations have expired
     */
    public InvitationList(Inviter inviter, LandingLinks landing, Clock clock) {
        this.inviter = Objects.requireNonNull(inviter, "inviter");
        this.landing = Objects.requireNonNull(landing, "landing");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The inviter of a move: its account's address and the user's name as the people step knows it
     * (the person marked "this is me").
     *
     * @param choices the move
     * @return the inviter, once the move has an account
     */
    public static Optional<Inviter> inviterOf(MoveChoices choices) {
        return choices.account().map(account -> new Inviter(choices.workspace().contacts().stream()
                .filter(contact -> contact.decision() == Decision.ME).map(Contact::name).findFirst().orElse(null),
                account.address()));
    }

    /**
     * The invitations for the people of a move, each in its person's language (see
     * {@link InvitationLanguages}), sent to the number they chat from (see
     * {@link Invitees#phoneFor}), carrying the invitation the inviter's server made for them when
     * there is a valid one (see {@link ServerInvitations}), else a plain contact link.
     *
     * @param choices the move (its people, their languages and the invitations marked sent)
     * @param userLanguage the user's language, for people whose language nothing tells
     * @return one invitation per person to invite, in the people step's order
     */
    public List<PersonInvitation> forMove(MoveChoices choices, Locale userLanguage) {
        InvitationLanguages languages = InvitationLanguages.of(choices, userLanguage);
        Set<Long> sent = choices.invitationsSent();
        Map<Long, ServerInvite> server = new ServerInvitations(choices, inviter.address(), clock).current();
        Map<Long, Set<String>> chatNumbers = ChatNumbers.of(choices.workspace(), userLanguage);
        List<Contact> invited = choices.workspace().contacts().stream().filter(c -> c.decision() == Decision.INVITE)
                .toList();
        List<PersonInvitation> result = new ArrayList<>(invited.size());
        for (Contact contact : invited) {
            Invitee invitee = Invitees.fromContact(contact, chatNumbers.getOrDefault(contact.id(), Set.of()),
                    languages.of(contact.id()));
            ServerInvite serverInvite = server.get(contact.id());
            ShareMessage message = Invitations.forPeople(inviter, List.of(invitee), landing, person -> serverInvite).get(0);
            result.add(new PersonInvitation(contact.id(), message, sent.contains(contact.id()), serverInvite));
        }
        return result;
    }

    /**
     * The invitations for the people of a file (CSV: name, phone, telegram, language).
     *
     * @param file the file
     * @param language the language for people without one
     * @return one invitation per row
     */
    public List<PersonInvitation> forFile(Path file, Locale language) {
        return Invitations.forPeople(inviter, Invitees.fromCsv(file, language), landing, person -> null).stream()
                .map(message -> new PersonInvitation(0, message, false)).toList();
    }
}
