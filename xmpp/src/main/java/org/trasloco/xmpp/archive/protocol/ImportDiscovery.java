package org.trasloco.xmpp.archive.protocol;

import java.util.Optional;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.connection.XmppSession;

/** Asks a logged-in user's account (disco#info on the bare address) whether the server imports archives. */
public final class ImportDiscovery {

    private ImportDiscovery() {
    }

    /**
     * The server's import limits, when it runs the archive-import module.
     *
     * @param session a logged-in session
     * @return the limits, or empty when the server does not offer the protocol
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public static Optional<ImportLimits> discover(XmppSession session) {
        ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(session.connection());
        try {
            DiscoverInfo info = disco.discoverInfo(session.user().orElseThrow());
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
