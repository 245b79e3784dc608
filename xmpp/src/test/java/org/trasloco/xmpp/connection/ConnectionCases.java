package org.trasloco.xmpp.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.testing.TestServer;

/**
 * Secure connections to a server with a self-signed certificate: pinned, not pinned, pinned to
 * another certificate, for another domain; the same on every server. Each subclass starts one.
 */
abstract class ConnectionCases {

    static final XmppConnector CONNECTOR = new XmppConnector(
            ConnectionSettings.defaults().withLanguage(Locale.ENGLISH).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));

    @Test
    void connectsWithStartTlsToAPinnedServerAndSeesWhatItOffers(TestServer server) {
        try (XmppSession session = CONNECTOR.open(server.address())) {
            assertEquals(Transport.STARTTLS, session.endpoint().transport());
            assertTrue(session.connection().isSecureConnection());
            assertTrue(session.offersRegistration());
            assertEquals(server.pin(), session.certificate().orElseThrow());
        }
    }

    @Test
    void connectsWithDirectTlsWhenThePortSpeaksTlsFromTheStart(TestServer server) {
        try (XmppSession session = CONNECTOR.open(server.directTlsAddress())) {
            assertEquals(Transport.DIRECT_TLS, session.endpoint().transport());
            assertEquals(server.directTlsPort(), session.endpoint().port());
            assertTrue(session.offersRegistration());
        }
    }

    @Test
    void refusesAServerWhoseCertificateIsNotThePinnedOne(TestServer server) {
        CertificatePin other = CertificatePin.parse("00".repeat(32));
        TraslocoException error = assertThrows(TraslocoException.class,
                () -> CONNECTOR.open(server.address().withPin(other)));
        assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
        String message = error.message(Locale.ENGLISH);
        assertTrue(message.contains(server.pin().display()), message);
        assertTrue(message.contains("does not match the fingerprint you pinned"), message);
    }

    @Test
    void refusesASelfSignedServerWithoutPinAndShowsItsFingerprint(TestServer server) {
        for (ServerAddress pinned : new ServerAddress[] {server.address(), server.directTlsAddress()}) {
            TraslocoException error = assertThrows(TraslocoException.class, () -> CONNECTOR.open(pinned.withPin(null)));
            assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
            String message = error.message(Locale.ENGLISH);
            assertTrue(message.contains(server.pin().display()), message);
            assertTrue(message.contains("not trust"), message);
        }
    }

    @Test
    void saysWhenTheServerDoesNotServeTheDomain(TestServer server) {
        ServerAddress wrongDomain = new ServerAddress("example.org", "127.0.0.1", server.c2sPort(), server.pin());
        TraslocoException error = assertThrows(TraslocoException.class, () -> CONNECTOR.open(wrongDomain));
        assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
        assertTrue(error.message(Locale.ENGLISH).contains("does not host addresses ending in @example.org"), error.message(Locale.ENGLISH));
    }
}
