package org.trasloco.xmpp.archive;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/** Changing imported items on ejabberd with mod_mam's SQL storage (SQLite), in one SQL transaction. */
class EjabberdSqlArchiveChangesIT extends ArchiveChangesCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withShaper(EjabberdConfig.Shaper.NONE).withStorage(EjabberdConfig.Storage.SQL).withArchiveImport("rate: 0"));

    @Override
    void checkDigest(ArchiveAccount account, String with, List<ArchiveEntry> expected) throws Exception {
        EjabberdArchiveChangesIT.checkNoDigest(account);
    }
}
