package org.trasloco.invites.share;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.trasloco.invites.links.InviteLink;
import org.trasloco.invites.links.InviteLinks;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.links.ServerInvite;
import org.trasloco.invites.links.XmppUri;
import org.trasloco.invites.people.Invitee;
import org.trasloco.invites.people.Inviter;

/**
 * Decides each person's invitation (DESIGN §6): a pre-authenticated link when the server issued a
 * token for them, else a plain "add me" link with the inviter's name.
 */
public final class Invitations {

    private Invitations() {
    }

    /**
     * The invitation to add the inviter.
     *
     * @param inviter who invites
     * @param serverInvite a token from the inviter's server, or {@code null}
     * @param landing where landing links point when the server gives no page of its own
     * @return the invitation
     */
    public static InviteLink addMe(Inviter inviter, ServerInvite serverInvite, LandingLinks landing) {
        Objects.requireNonNull(landing, "landing");
        if (serverInvite == null) {
            return landing.invite(InviteLinks.contact(inviter.address(), inviter.name()), null);
        }
        XmppUri uri = InviteLinks.contactPreauth(inviter.address(), serverInvite.token(), serverInvite.allowsRegistration());
        return landing.invite(uri, serverInvite.landingUrl());
    }

    /**
     * One message per person.
     *
     * @param inviter who invites
     * @param invitees whom, in order
     * @param landing where landing links point
     * @param serverInvites the server's token for each person; may return {@code null} for none
     * @return the messages, in the order of {@code invitees}
     */
    public static List<ShareMessage> forPeople(Inviter inviter, List<Invitee> invitees, LandingLinks landing,
            Function<Invitee, ServerInvite> serverInvites) {
        return invitees.stream()
                .map(invitee -> ShareTexts.message(inviter, invitee, addMe(inviter, serverInvites.apply(invitee), landing)))
                .toList();
    }
}
