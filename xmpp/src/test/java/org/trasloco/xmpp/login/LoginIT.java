package org.trasloco.xmpp.login;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.ProsodyExtension;

/** Logging in to Prosody. */
class LoginIT extends LoginCases {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();
}
