package org.trasloco.xmpp.archive;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;

/** Changing imported items on Prosody's SQL storage (rows updated in one transaction). */
class SqlArchiveChangesIT extends ArchiveChangesCases {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ArchiveChangesIT.config(ProsodyConfig.Storage.SQL));

    @Override
    void checkDigest(ArchiveAccount account, String with, List<ArchiveEntry> expected) throws Exception {
        ArchiveChangesIT.checkProsodyDigest(account, with, expected);
    }
}
