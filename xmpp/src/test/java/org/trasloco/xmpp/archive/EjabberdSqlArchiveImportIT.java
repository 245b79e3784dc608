package org.trasloco.xmpp.archive;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/** The archive-import module on ejabberd with mod_mam's SQL storage (SQLite), without the shaper. */
class EjabberdSqlArchiveImportIT extends ArchiveImportCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withShaper(EjabberdConfig.Shaper.NONE).withStorage(EjabberdConfig.Storage.SQL).withArchiveImport("rate: 0"));
}
