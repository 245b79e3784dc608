package org.trasloco.xmpp.archive;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/** The module's rules on ejabberd (mnesia), which has no archive item limit. */
class EjabberdImportRulesIT extends ImportRulesCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withShaper(EjabberdConfig.Shaper.NONE)
            .withArchiveImport("max_items: 10", "max_item_size: 2000", "rate: 50", "burst: 20", "retention: 730 days"));

    @Override
    long itemLimit() {
        return 0;
    }
}
