package org.trasloco.xmpp.groupchat;

import java.util.List;
import java.util.Optional;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jxmpp.jid.DomainBareJid;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.protocol.ImportDiscovery;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Finds the group-chat service of the user's server (XEP-0030: the server's items with the MUC
 * feature) and asks it whether its rooms take imported history.
 */
public final class GroupChatDiscovery {

    private GroupChatDiscovery() {
    }

    /**
     * The server's group-chat service.
     *
     * @param session a logged-in session
     * @return the service (the first the server lists, preferring one under its own domain), or
     *     empty when the server has none
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public static Optional<GroupChatService> find(XmppSession session) {
        List<DomainBareJid> services;
        try {
            services = MultiUserChatManager.getInstanceFor(session.connection()).getMucServiceDomains();
        } catch (XMPPException.XMPPErrorException e) {
            return Optional.empty();
        } catch (SmackException e) {
            throw session.lost(e, ArchiveMessages.STEP_DISCOVERY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
        String own = "." + session.address().domain();
        Optional<DomainBareJid> chosen = services.stream().filter(service -> service.toString().endsWith(own)).findFirst()
                .or(() -> services.stream().findFirst());
        return chosen.map(service -> new GroupChatService(service,
                ImportDiscovery.discover(session, service).orElse(null)));
    }
}
