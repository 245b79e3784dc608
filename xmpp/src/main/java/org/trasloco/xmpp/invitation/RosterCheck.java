package org.trasloco.xmpp.invitation;

import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.XmppMessages;
import org.trasloco.xmpp.connection.XmppSession;

/** Reads the logged-in user's contact list: who is a mutual contact. */
public final class RosterCheck {

    private RosterCheck() {
    }

    /**
     * Whether the user and another person see each other's presence (subscription "both").
     *
     * @param session a logged-in session
     * @param contact the other person's address
     * @return {@code true} when the subscription is mutual
     * @throws TraslocoException {@code CONNECTION} when the contact list cannot be read
     */
    public static boolean isMutualContact(XmppSession session, String contact) {
        BareJid jid;
        try {
            jid = JidCreate.bareFrom(contact);
        } catch (XmppStringprepException e) {
            return false;
        }
        RosterEntry entry = reloaded(session).getEntry(jid);
        return entry != null && entry.getType() == RosterPacket.ItemType.both;
    }

    /**
     * Everyone who sees the user's presence and whose presence the user sees (subscription "both"):
     * among them, the people who accepted one of the user's invitations.
     *
     * @param session a logged-in session
     * @return their bare addresses, sorted
     * @throws TraslocoException {@code CONNECTION} when the contact list cannot be read
     */
    public static SortedSet<String> mutualContacts(XmppSession session) {
        SortedSet<String> mutual = new TreeSet<>();
        for (RosterEntry entry : reloaded(session).getEntries()) {
            if (entry.getType() == RosterPacket.ItemType.both) {
                mutual.add(entry.getJid().asBareJid().toString());
            }
        }
        return mutual;
    }

    private static Roster reloaded(XmppSession session) {
        Roster roster = Roster.getInstanceFor(session.connection());
        try {
            roster.reloadAndWait();
        } catch (SmackException.NotLoggedInException | SmackException.NotConnectedException e) {
            throw session.lost(e, XmppMessages.STEP_ROSTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
        return roster;
    }
}
