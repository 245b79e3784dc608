package org.trasloco.xmpp.archive;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;

/** Changing imported items through Prosody's archive API, item by item (the generic writer). */
class GenericArchiveChangesIT extends ArchiveChangesCases {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ArchiveChangesIT.config(ProsodyConfig.Storage.INTERNAL)
            .withGlobal("archive_import_writer = \"generic\""));

    @Override
    void checkDigest(ArchiveAccount account, String with, List<ArchiveEntry> expected) throws Exception {
        ArchiveChangesIT.checkProsodyDigest(account, with, expected);
    }
}
