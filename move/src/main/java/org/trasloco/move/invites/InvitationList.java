package org.trasloco.move.invites;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.invites.links.Jid;
import org.trasloco.invites.links.LandingLinks;
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

    /**
     * Invitations from someone.
     *
     * @param inviter who invites: their name and new address
     * @param landing where landing links point
     */
    public InvitationList(Inviter inviter, LandingLinks landing) {
        this.inviter = Objects.requireNonNull(inviter, "inviter");
        this.landing = Objects.requireNonNull(landing, "landing");
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
                Jid.parse(account.address().toString())));
    }

    /**
     * The invitations for the people of a move, each in its person's language (see
     * {@link InvitationLanguages}).
     *
     * @param choices the move (its people, their languages and the invitations marked sent)
     * @param userLanguage the user's language, for people whose language nothing tells
     * @return one invitation per person to invite, in the people step's order
     */
    public List<PersonInvitation> forMove(MoveChoices choices, Locale userLanguage) {
        InvitationLanguages languages = InvitationLanguages.of(choices, userLanguage);
        Set<Long> sent = choices.invitationsSent();
        List<Contact> invited = choices.workspace().contacts().stream().filter(c -> c.decision() == Decision.INVITE)
                .toList();
        List<PersonInvitation> result = new ArrayList<>(invited.size());
        for (Contact contact : invited) {
            List<Invitee> invitee = Invitees.fromContacts(List.of(contact), languages.of(contact.id()));
            ShareMessage message = Invitations.forPeople(inviter, invitee, landing, person -> null).get(0);
            result.add(new PersonInvitation(contact.id(), message, sent.contains(contact.id())));
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
