package org.trasloco.xmpp.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/** Connections to Prosody (which takes invitation tokens), and to nobody at all. */
class ConnectionIT extends ConnectionCases {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();

    @Test
    void prosodyOffersInvitationTokensBeforeSignUp(TestProsody prosody) {
        try (XmppSession session = CONNECTOR.open(prosody.address())) {
            assertTrue(session.offersInviteTokens());
        }
    }

    @Test
    void saysWhenNobodyListens() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ServerAddress nobody = new ServerAddress("localhost", "127.0.0.1", closedPort, null);
        TraslocoException error = assertThrows(TraslocoException.class, () -> CONNECTOR.open(nobody));
        assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
        assertEquals(org.trasloco.core.i18n.LocalizedText.of(org.trasloco.xmpp.XmppMessages.CONNECTION_REFUSED, "127.0.0.1",
                closedPort).format(Locale.ENGLISH), error.message(Locale.ENGLISH));
    }

    @Test
    void saysWhenTheServerNameDoesNotExist() {
        ServerAddress nowhere = new ServerAddress("localhost", "no-such-host.invalid", 5222, null);
        TraslocoException error = assertThrows(TraslocoException.class, () -> CONNECTOR.open(nowhere));
        assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
        assertTrue(error.message(Locale.ENGLISH).contains("no-such-host.invalid"));
    }
}
