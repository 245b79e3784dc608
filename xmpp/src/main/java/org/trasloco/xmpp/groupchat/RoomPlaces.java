package org.trasloco.xmpp.groupchat;

import java.util.List;
import java.util.Objects;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Places in the user's group chats that their server keeps for the people it invites
 * (archive-import protocol section 10.7): for an open invitation (XEP-0401) the rooms the invitee
 * belongs to, each with their nickname there and the text of the room's invitation. When someone
 * creates an account with that invitation, the server makes the new account a member of each room
 * and passes the invitation on (XEP-0249) — at once, whether the user is online or not.
 */
public final class RoomPlaces {

    /** The disco#info feature of an account whose server keeps places. */
    public static final String FEATURE = ArchiveImport.NAMESPACE + "#places";

    private static final String UNKNOWN_INVITATION = "unknown-invitation";

    private final XmppSession session;

    /**
     * Places over a logged-in session.
     *
     * @param session the session
     */
    public RoomPlaces(XmppSession session) {
        this.session = Objects.requireNonNull(session, "session");
        PlacesProvider.ensureRegistered();
    }

    /**
     * A place in a room for an invitee.
     *
     * @param room the room's bare address (a room the user owns on their server)
     * @param nickname the invitee's nickname there, reserved for them
     * @param reason the text of the room's invitation, or {@code null}
     */
    public record Place(String room, String nickname, String reason) {

        /**
         * Checks.
         *
         * @param room the room
         * @param nickname the nickname
         * @param reason the text or {@code null}
         */
        public Place {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(nickname, "nickname");
        }
    }

    /**
     * The places the server keeps for one invitation.
     *
     * @param token the invitation's token
     * @param places its places
     * @param joined the bare address of the account created with it, or {@code null} while nobody used it
     * @param memberOf the rooms that account was made a member of
     */
    public record Kept(String token, List<Place> places, String joined, List<String> memberOf) {

        /**
         * Checks and copies.
         *
         * @param token the token
         * @param places the places
         * @param joined who joined, or {@code null}
         * @param memberOf the rooms they are a member of
         */
        public Kept {
            Objects.requireNonNull(token, "token");
            places = List.copyOf(places);
            memberOf = List.copyOf(memberOf);
        }
    }

    /**
     * Whether the user's server keeps places.
     *
     * @return {@code true} when the account advertises {@link #FEATURE}
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public boolean offered() {
        try {
            return ServiceDiscoveryManager.getInstanceFor(session.connection())
                    .discoverInfo(session.user().orElseThrow()).containsFeature(FEATURE);
        } catch (XMPPException.XMPPErrorException e) {
            return false;
        } catch (SmackException | XMPPException e) {
            throw session.lost(e, GroupChatMessages.STEP_MEMBERS);
        } catch (InterruptedException e) {
            throw cancelled();
        }
    }

    /**
     * Keeps an invitation's places, replacing those kept for it before.
     *
     * @param token the invitation's token
     * @param places the rooms its invitee belongs to (none: forget them)
     * @return {@code false} when the server has no open invitation of the user with that token
     *     (used or expired): nothing was kept
     * @throws TraslocoException {@code REFUSED} when the server refuses a room (not the user's, gone);
     *     {@code CONNECTION} when the connection fails
     */
    public boolean keep(String token, List<Place> places) {
        try {
            session.request(PlacesIq.keep(token, places), GroupChatMessages.STEP_MEMBERS);
            return true;
        } catch (XMPPException.XMPPErrorException e) {
            StanzaError error = e.getStanzaError();
            if (error.getExtension(UNKNOWN_INVITATION, ArchiveImport.NAMESPACE) != null) {
                return false;
            }
            String text = error.getDescriptiveText() != null ? error.getDescriptiveText() : error.getCondition().toString();
            throw new TraslocoException(TraslocoException.Kind.REFUSED, LocalizedText.of(GroupChatMessages.PLACES_REFUSED,
                    session.address().domain(), text), e);
        }
    }

    /**
     * The places the server keeps, with who joined through each invitation.
     *
     * @return by invitation
     * @throws TraslocoException {@code REFUSED} when the server refuses; {@code CONNECTION} when the
     *     connection fails
     */
    public List<Kept> kept() {
        try {
            PlacesIq answer = session.request(PlacesIq.ask(), GroupChatMessages.STEP_MEMBERS);
            return answer.invitations();
        } catch (XMPPException.XMPPErrorException e) {
            StanzaError error = e.getStanzaError();
            String text = error.getDescriptiveText() != null ? error.getDescriptiveText() : error.getCondition().toString();
            throw new TraslocoException(TraslocoException.Kind.REFUSED, LocalizedText.of(GroupChatMessages.PLACES_REFUSED,
                    session.address().domain(), text), e);
        }
    }

    private static TraslocoException cancelled() {
        Thread.currentThread().interrupt();
        return new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
    }
}
