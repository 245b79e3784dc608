package org.trasloco.xmpp.login;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;

/** Logging in to ejabberd 23.01. */
class EjabberdLoginIT extends LoginCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults());
}
