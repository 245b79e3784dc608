package org.trasloco.xmpp.groupchat;

import java.util.List;
import java.util.Objects;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jxmpp.jid.EntityBareJid;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;
import org.trasloco.xmpp.archive.protocol.ChangeResult;
import org.trasloco.xmpp.archive.protocol.ChangeResultProvider;
import org.trasloco.xmpp.archive.protocol.ReaddressRequest;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Gives a group's imported messages their author's address once the author has one (archive-import
 * protocol section 10.8): someone who was still to come when the history went into the room writes
 * there under their nickname only; when they join and become a member, the room's owner asks the room
 * to show their address on those messages too, as it does on the messages they write now.
 */
public final class RoomAuthors {

    /** Keys per request: well under the protocol's default limits of items and bytes. */
    private static final int KEYS_PER_REQUEST = 500;

    private final XmppSession session;

    /**
     * Over a logged-in session of the room's owner.
     *
     * @param session the session
     */
    public RoomAuthors(XmppSession session) {
        this.session = Objects.requireNonNull(session, "session");
        ChangeResultProvider.ensureRegistered();
    }

    /**
     * Whether the room's archive takes this request.
     *
     * @param room the room
     * @return {@code true} when the room advertises re-addressing
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public boolean offered(EntityBareJid room) {
        try {
            return ServiceDiscoveryManager.getInstanceFor(session.connection()).discoverInfo(room)
                    .containsFeature(ArchiveImport.READDRESS_FEATURE);
        } catch (XMPPException.XMPPErrorException e) {
            return false;
        } catch (SmackException | XMPPException e) {
            throw session.lost(e, GroupChatMessages.STEP_MEMBERS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
    }

    /**
     * Shows an author's address on their imported messages in a room.
     *
     * @param room the room (the user owns it; the author is a member)
     * @param nickname the author's nickname there
     * @param address the author's bare address
     * @param keys the messages' keys
     * @return how many messages now show the address (some may have shown it already)
     * @throws TraslocoException {@code REFUSED} when the room refuses (the author is not a member, a
     *     message is under another nickname); {@code CONNECTION} when the connection fails
     */
    public long attach(EntityBareJid room, String nickname, String address, List<String> keys) {
        long done = 0;
        for (int start = 0; start < keys.size(); start += KEYS_PER_REQUEST) {
            ReaddressRequest request = new ReaddressRequest(room + "/" + nickname, address,
                    keys.subList(start, Math.min(keys.size(), start + KEYS_PER_REQUEST)));
            request.setTo(room);
            try {
                ChangeResult result = session.request(request, GroupChatMessages.STEP_MEMBERS);
                done += result.items().size();
            } catch (XMPPException.XMPPErrorException e) {
                StanzaError error = e.getStanzaError();
                String text = error.getDescriptiveText() != null ? error.getDescriptiveText() : error.getCondition().toString();
                throw new TraslocoException(TraslocoException.Kind.REFUSED, LocalizedText.of(GroupChatMessages.AUTHOR_REFUSED,
                        session.address().domain(), address, room, text), e);
            }
        }
        return done;
    }
}
