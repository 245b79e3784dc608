package org.trasloco.xmpp.archive;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/**
 * Notes to oneself on a stock ejabberd (mnesia), without the shaper: with Debian's, 150 notes take
 * half a minute (docs/benchmarks.md has the numbers).
 */
class EjabberdNotesToSelfIT extends NotesToSelfCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults().withDirectTls(false)
            .withShaper(EjabberdConfig.Shaper.NONE));
}
