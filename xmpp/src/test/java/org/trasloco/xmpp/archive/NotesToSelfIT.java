package org.trasloco.xmpp.archive;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;

/** Notes to oneself on a stock Prosody. */
class NotesToSelfIT extends NotesToSelfCases {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false));
}
