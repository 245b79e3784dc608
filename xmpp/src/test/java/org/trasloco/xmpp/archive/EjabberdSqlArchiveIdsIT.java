package org.trasloco.xmpp.archive;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/**
 * Archive ids on ejabberd with SQL storage in ejabberd's newer schema (one database for several
 * domains: tables with a server_host column).
 */
class EjabberdSqlArchiveIdsIT extends EjabberdArchiveIdsCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withStorage(EjabberdConfig.Storage.SQL).withGlobal("new_sql_schema: true").withArchiveImport("rate: 0"));
}
