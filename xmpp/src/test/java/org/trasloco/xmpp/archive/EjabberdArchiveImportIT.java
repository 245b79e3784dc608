package org.trasloco.xmpp.archive;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/**
 * The archive-import module on ejabberd with mod_mam's default storage, mnesia, and without the
 * shaper (which holds an import back to a few messages a second: see docs/benchmarks.md). Mnesia
 * keeps a user's archive as one entry whose every write costs more than the last, so this history
 * is smaller than the others: 2,000 messages.
 */
class EjabberdArchiveImportIT extends ArchiveImportCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withShaper(EjabberdConfig.Shaper.NONE).withArchiveImport("rate: 0"));

    @Override
    int[] history() {
        return new int[] {300, 500};
    }
}
