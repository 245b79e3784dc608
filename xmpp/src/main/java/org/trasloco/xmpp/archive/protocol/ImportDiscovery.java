package org.trasloco.xmpp.archive.protocol;

import java.util.Optional;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.jxmpp.jid.Jid;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Asks whether a server imports archives: a logged-in user's account (disco#info on the bare
 * address) for the user's own archive, a group-chat service (disco#info on its address) for the
 * archives of its rooms.
 */
public final class ImportDiscovery {

    private ImportDiscovery() {
    }

    /**
     * The server's import limits for the user's own archive, when it runs the archive-import module.
     *
     * @param session a logged-in session
     * @return the limits, or empty when the server does not offer the protocol
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public static Optional<ImportLimits> discover(XmppSession session) {
        return discover(session, session.user().orElseThrow());
    }

    /**
     * The import limits of an entity that runs the archive-import module: the user's own account,
     * or a group-chat service, whose rooms' owners may then import into the rooms' archives.
     *
     * @param session a logged-in session
     * @param entity the account's bare address or the service's address
     * @return the limits, or empty when the entity does not offer the protocol
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public static Optional<ImportLimits> discover(XmppSession session, Jid entity) {
        ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(session.connection());
        try {
            DiscoverInfo info = disco.discoverInfo(entity);
            if (!info.containsFeature(ArchiveImport.NAMESPACE)) {
                return Optional.empty();
            }
            ImportLimits.Changes changes = new ImportLimits.Changes(info.containsFeature(ArchiveImport.READDRESS_FEATURE),
                    info.containsFeature(ArchiveImport.REPLACE_FEATURE));
            return Optional.of(info.getExtensions(DataForm.class).stream()
                    .filter(form -> ArchiveImport.LIMITS_FORM.equals(form.getFormType()))
                    .findFirst().map(ImportLimits::from).orElse(ImportLimits.DEFAULTS).withChanges(changes));
        } catch (XMPPException.XMPPErrorException e) {
            return Optional.empty();
        } catch (SmackException | XMPPException e) {
            throw session.lost(e, ArchiveMessages.STEP_DISCOVERY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
    }
}
