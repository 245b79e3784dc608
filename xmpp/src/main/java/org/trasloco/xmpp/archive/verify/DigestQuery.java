package org.trasloco.xmpp.archive.verify;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;
import org.trasloco.xmpp.connection.XmppSession;

/** Asks the server for the digest of the imported items of the user's archive, where it offers one. */
final class DigestQuery {

    private static final System.Logger LOG = System.getLogger(DigestQuery.class.getName());

    private DigestQuery() {
    }

    /**
     * The digest, when the server advertises the request ({@code urn:trasloco:archive-import:0#digest}
     * on the user's account) and answers it.
     *
     * @param session a logged-in session
     * @param since only items archived at or after this moment, or {@code null} for all
     * @return the digest, or empty when the server does not offer it or refuses it (the caller then
     *     reads the archive through MAM)
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    static Optional<ArchiveDigest> ask(XmppSession session, Instant since) {
        ArchiveDigestProvider.ensureRegistered();
        try {
            if (!ServiceDiscoveryManager.getInstanceFor(session.connection())
                    .discoverInfo(session.user().orElseThrow()).containsFeature(ArchiveImport.DIGEST_FEATURE)) {
                return Optional.empty();
            }
            DigestRequest request = new DigestRequest(since);
            request.setStanzaId();
            return Optional.of(session.request(request, ArchiveMessages.STEP_READ_BACK, ArchiveReader.SLOW_ANSWER));
        } catch (XMPPException.XMPPErrorException e) {
            LOG.log(Level.DEBUG, "the server refused the archive digest, reading through MAM: {0}", e.getMessage());
            return Optional.empty();
        } catch (SmackException | XMPPException e) {
            throw session.lost(e, ArchiveMessages.STEP_READ_BACK);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
    }
}
