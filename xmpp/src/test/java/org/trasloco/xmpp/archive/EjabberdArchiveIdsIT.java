package org.trasloco.xmpp.archive;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/** Archive ids on ejabberd with mnesia storage. */
class EjabberdArchiveIdsIT extends EjabberdArchiveIdsCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withArchiveImport("rate: 0"));
}
