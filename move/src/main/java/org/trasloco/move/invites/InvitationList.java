package org.trasloco.move.invites;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.move.choices.MoveChoices;
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
     * The invitations for the people of a move.
     *
     * @param choices the move (its people and the invitations marked sent)
     * @param language the language to write in
     * @return one invitation per person to invite, in the people step's order
     */
    public List<PersonInvitation> forMove(MoveChoices choices, Locale language) {
        Set<Long> sent = choices.invitationsSent();
        List<Contact> invited = choices.workspace().contacts().stream().filter(c -> c.decision() == Decision.INVITE)
                .toList();
        List<Invitee> invitees = Invitees.fromContacts(invited, language);
        List<ShareMessage> messages = Invitations.forPeople(inviter, invitees, landing, person -> null);
        List<PersonInvitation> result = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            long id = invited.get(i).id();
            result.add(new PersonInvitation(id, messages.get(i), sent.contains(id)));
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
