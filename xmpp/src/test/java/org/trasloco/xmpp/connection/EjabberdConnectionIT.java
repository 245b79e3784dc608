package org.trasloco.xmpp.connection;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;
import org.trasloco.xmpp.testing.TestEjabberd;

/** Connections to ejabberd 23.01, which takes no invitation tokens. */
class EjabberdConnectionIT extends ConnectionCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults());

    @Test
    void ejabberdOffersNoInvitationTokens(TestEjabberd ejabberd) {
        try (XmppSession session = CONNECTOR.open(ejabberd.address())) {
            assertFalse(session.offersInviteTokens());
        }
    }
}
