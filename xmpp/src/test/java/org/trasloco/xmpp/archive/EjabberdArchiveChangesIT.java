package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/**
 * Changing imported items on ejabberd with mod_mam's mnesia storage: the module's index tells
 * imported items from live ones, and a changed item keeps its archive id (its time).
 */
class EjabberdArchiveChangesIT extends ArchiveChangesCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withShaper(EjabberdConfig.Shaper.NONE).withArchiveImport("rate: 0"));

    @Override
    void checkDigest(ArchiveAccount account, String with, List<ArchiveEntry> expected) throws Exception {
        checkNoDigest(account);
    }

    /** ejabberd's module offers no digest: the change was checked through MAM alone. */
    static void checkNoDigest(ArchiveAccount account) throws Exception {
        try (var session = account.open()) {
            assertFalse(org.jivesoftware.smackx.disco.ServiceDiscoveryManager.getInstanceFor(session.connection())
                    .discoverInfo(session.user().orElseThrow()).containsFeature(ArchiveImport.DIGEST_FEATURE));
        }
    }
}
