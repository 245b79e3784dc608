package org.trasloco.xmpp.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.Transport;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

class LoginIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();

    private final AccountLogin login = new AccountLogin(TestAccounts.connector());

    @Test
    void logsInWithTheRightPassword(TestProsody prosody) {
        String name = TestAccounts.uniqueName("vera");
        prosody.registerUser(name, "s3cret words");
        AccountLogin.CheckedAccount checked = login.check(AccountAddress.parse(name + "@localhost"), prosody.address(),
                Password.of("s3cret words"));
        assertEquals(name + "@localhost", checked.jid());
        assertEquals(Transport.STARTTLS, checked.endpoint().transport());
        assertEquals(prosody.pin(), checked.certificate());
    }

    @Test
    void logsInOverDirectTls(TestProsody prosody) {
        String name = TestAccounts.uniqueName("walter");
        prosody.registerUser(name, "pw");
        AccountLogin.CheckedAccount checked = login.check(AccountAddress.parse(name + "@localhost"),
                prosody.directTlsAddress(), Password.of("pw"));
        assertEquals(Transport.DIRECT_TLS, checked.endpoint().transport());
    }

    @Test
    void saysWhenThePasswordIsWrong(TestProsody prosody) {
        String name = TestAccounts.uniqueName("xenia");
        prosody.registerUser(name, "right");
        TraslocoException error = assertThrows(TraslocoException.class,
                () -> login.check(AccountAddress.parse(name + "@localhost"), prosody.address(), Password.of("wrong")));
        assertEquals(TraslocoException.Kind.REFUSED, error.kind());
        assertEquals("The server says that the address " + name + "@localhost or its password is wrong.",
                error.message(Locale.ENGLISH));
    }

    @Test
    void refusesAServerWithAnotherCertificateBeforeSendingThePassword(TestProsody prosody) {
        String name = TestAccounts.uniqueName("yuri");
        prosody.registerUser(name, "pw");
        TraslocoException error = assertThrows(TraslocoException.class, () -> login.check(
                AccountAddress.parse(name + "@localhost"),
                prosody.address().withPin(CertificatePin.parse("ab".repeat(32))), Password.of("pw")));
        assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
    }
}
