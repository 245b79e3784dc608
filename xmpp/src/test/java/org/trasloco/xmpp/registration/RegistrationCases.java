package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.login.AccountLogin;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestServer;

/**
 * Sign-up on a server with open registration and its plain form (name and password, no CAPTCHA):
 * the same on every server. Each subclass starts one server.
 */
abstract class RegistrationCases {

    static final FormQuestions NO_QUESTIONS = (form, questions) -> fail("no questions expected: " + questions);

    final AccountCreator creator = new AccountCreator(TestAccounts.connector());

    @Test
    void createsAnAccountThatCanLogIn(TestServer server) {
        String name = TestAccounts.uniqueName("anna");
        CreatedAccount account = creator.create(AccountRequest.named(server.address(), name, Password.of("correct horse")),
                NO_QUESTIONS);

        assertEquals(name + "@localhost", account.jid());
        assertEquals(server.pin(), account.certificate());
        assertFalse(account.invitedBy().isPresent());
        new AccountLogin(TestAccounts.connector()).check(AccountAddress.parse(account.jid()), server.address(),
                Password.of("correct horse"));
    }

    @Test
    void createsAnAccountOverDirectTls(TestServer server) {
        String name = TestAccounts.uniqueName("bruno");
        CreatedAccount account = creator.create(
                AccountRequest.named(server.directTlsAddress(), name, Password.of("another one")), NO_QUESTIONS);
        assertEquals(name + "@localhost", account.jid());
    }

    @Test
    void saysWhenTheNameIsTaken(TestServer server) {
        String name = TestAccounts.uniqueName("taken");
        server.registerUser(name, "first owner");

        TraslocoException error = assertThrows(TraslocoException.class,
                () -> creator.create(AccountRequest.named(server.address(), name, Password.of("second")), NO_QUESTIONS));

        assertEquals(Kind.REFUSED, error.kind());
        assertEquals("The name " + name + " is already taken on localhost. Choose another name.",
                error.message(Locale.ENGLISH));
    }

    @Test
    void refusesANameThatCannotBeAnAddressBeforeAsking(TestServer server) {
        TraslocoException error = assertThrows(TraslocoException.class,
                () -> creator.create(AccountRequest.named(server.address(), "two words", Password.of("pw")), NO_QUESTIONS));
        assertEquals(Kind.USAGE, error.kind());
        assertTrue(error.message(Locale.ENGLISH).startsWith("two words cannot be a name"));
    }
}
