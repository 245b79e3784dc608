package org.trasloco.xmpp.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.Transport;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestServer;

/**
 * Logging in over STARTTLS and direct TLS with the server's certificate pinned, a wrong password,
 * and a server whose certificate is not the pinned one: the same on every server. Each subclass
 * starts one server.
 */
abstract class LoginCases {

    private final AccountLogin login = new AccountLogin(TestAccounts.connector());

    @Test
    void logsInWithTheRightPassword(TestServer server) {
        String name = TestAccounts.uniqueName("vera");
        server.registerUser(name, "s3cret words");
        AccountLogin.CheckedAccount checked = login.check(AccountAddress.parse(name + "@localhost"), server.address(),
                Password.of("s3cret words"));
        assertEquals(name + "@localhost", checked.jid());
        assertEquals(Transport.STARTTLS, checked.endpoint().transport());
        assertEquals(server.pin(), checked.certificate());
    }

    @Test
    void logsInOverDirectTls(TestServer server) {
        String name = TestAccounts.uniqueName("walter");
        server.registerUser(name, "pw");
        AccountLogin.CheckedAccount checked = login.check(AccountAddress.parse(name + "@localhost"),
                server.directTlsAddress(), Password.of("pw"));
        assertEquals(Transport.DIRECT_TLS, checked.endpoint().transport());
    }

    @Test
    void saysWhenThePasswordIsWrong(TestServer server) {
        String name = TestAccounts.uniqueName("xenia");
        server.registerUser(name, "right");
        TraslocoException error = assertThrows(TraslocoException.class,
                () -> login.check(AccountAddress.parse(name + "@localhost"), server.address(), Password.of("wrong")));
        assertEquals(TraslocoException.Kind.REFUSED, error.kind());
        assertEquals("The server says that the address " + name + "@localhost or its password is wrong.",
                error.message(Locale.ENGLISH));
    }

    @Test
    void refusesAServerWithAnotherCertificateBeforeSendingThePassword(TestServer server) {
        String name = TestAccounts.uniqueName("yuri");
        server.registerUser(name, "pw");
        TraslocoException error = assertThrows(TraslocoException.class, () -> login.check(
                AccountAddress.parse(name + "@localhost"),
                server.address().withPin(CertificatePin.parse("ab".repeat(32))), Password.of("pw")));
        assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
    }
}
