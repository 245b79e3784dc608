package org.trasloco.xmpp.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

class ConnectionIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();

    private static final XmppConnector CONNECTOR = new XmppConnector(
            ConnectionSettings.defaults().withLanguage(Locale.ENGLISH).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));

    @Test
    void connectsWithStartTlsToAPinnedServerAndSeesWhatItOffers(TestProsody prosody) {
        try (XmppSession session = CONNECTOR.open(prosody.address())) {
            assertEquals(Transport.STARTTLS, session.endpoint().transport());
            assertTrue(session.connection().isSecureConnection());
            assertTrue(session.offersRegistration());
            assertTrue(session.offersInviteTokens());
            assertEquals(prosody.pin(), session.certificate().orElseThrow());
        }
    }

    @Test
    void connectsWithDirectTlsWhenThePortSpeaksTlsFromTheStart(TestProsody prosody) {
        try (XmppSession session = CONNECTOR.open(prosody.directTlsAddress())) {
            assertEquals(Transport.DIRECT_TLS, session.endpoint().transport());
            assertEquals(prosody.directTlsPort(), session.endpoint().port());
            assertTrue(session.offersRegistration());
        }
    }

    @Test
    void refusesAServerWhoseCertificateIsNotThePinnedOne(TestProsody prosody) {
        CertificatePin other = CertificatePin.parse("00".repeat(32));
        TraslocoException error = assertThrows(TraslocoException.class,
                () -> CONNECTOR.open(prosody.address().withPin(other)));
        assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
        String message = error.message(Locale.ENGLISH);
        assertTrue(message.contains(prosody.pin().display()), message);
        assertTrue(message.contains("does not match the fingerprint you pinned"), message);
    }

    @Test
    void refusesASelfSignedServerWithoutPinAndShowsItsFingerprint(TestProsody prosody) {
        for (ServerAddress pinned : new ServerAddress[] {prosody.address(), prosody.directTlsAddress()}) {
            TraslocoException error = assertThrows(TraslocoException.class, () -> CONNECTOR.open(pinned.withPin(null)));
            assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
            String message = error.message(Locale.ENGLISH);
            assertTrue(message.contains(prosody.pin().display()), message);
            assertTrue(message.contains("not trust"), message);
            // Typed, so that an app can show the fingerprint and pin it once the user compared it.
            UntrustedCertificateException untrusted = assertInstanceOf(UntrustedCertificateException.class, error);
            assertEquals(prosody.pin(), untrusted.presented());
            assertEquals(UntrustedCertificateException.Problem.UNKNOWN_ISSUER, untrusted.problem());
            assertEquals("localhost", untrusted.domain());
            CONNECTOR.open(pinned.withPin(untrusted.presented())).close();
        }
    }

    @Test
    void saysWhenTheServerDoesNotServeTheDomain(TestProsody prosody) {
        ServerAddress wrongDomain = new ServerAddress("example.org", "127.0.0.1", prosody.c2sPort(), prosody.pin());
        TraslocoException error = assertThrows(TraslocoException.class, () -> CONNECTOR.open(wrongDomain));
        assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
        assertTrue(error.message(Locale.ENGLISH).contains("does not host addresses ending in @example.org"), error.message(Locale.ENGLISH));
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
