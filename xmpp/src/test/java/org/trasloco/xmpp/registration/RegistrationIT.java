package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.login.AccountLogin;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** Sign-up on a server with open registration (Prosody's plain form: name and password). */
class RegistrationIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();

    private static final FormQuestions NO_QUESTIONS = (form, questions) -> fail("no questions expected: " + questions);

    private final AccountCreator creator = new AccountCreator(TestAccounts.connector());

    @Test
    void createsAnAccountThatCanLogIn(TestProsody prosody) {
        String name = TestAccounts.uniqueName("anna");
        CreatedAccount account = creator.create(AccountRequest.named(prosody.address(), name, Password.of("correct horse")),
                NO_QUESTIONS);

        assertEquals(name + "@localhost", account.jid());
        assertEquals(prosody.pin(), account.certificate());
        assertFalse(account.invitedBy().isPresent());
        new AccountLogin(TestAccounts.connector()).check(AccountAddress.parse(account.jid()), prosody.address(),
                Password.of("correct horse"));
    }

    @Test
    void createsAnAccountOverDirectTls(TestProsody prosody) {
        String name = TestAccounts.uniqueName("bruno");
        CreatedAccount account = creator.create(
                AccountRequest.named(prosody.directTlsAddress(), name, Password.of("another one")), NO_QUESTIONS);
        assertEquals(name + "@localhost", account.jid());
    }

    @Test
    void saysWhenTheNameIsTaken(TestProsody prosody) {
        String name = TestAccounts.uniqueName("taken");
        prosody.registerUser(name, "first owner");

        TraslocoException error = assertThrows(TraslocoException.class,
                () -> creator.create(AccountRequest.named(prosody.address(), name, Password.of("second")), NO_QUESTIONS));

        assertEquals(Kind.REFUSED, error.kind());
        assertEquals("The name " + name + " is already taken on localhost. Choose another name.",
                error.message(Locale.ENGLISH));
    }

    @Test
    void refusesANameThatCannotBeAnAddressBeforeAsking(TestProsody prosody) {
        TraslocoException error = assertThrows(TraslocoException.class,
                () -> creator.create(AccountRequest.named(prosody.address(), "two words", Password.of("pw")), NO_QUESTIONS));
        assertEquals(Kind.USAGE, error.kind());
        assertTrue(error.message(Locale.ENGLISH).startsWith("two words cannot be a name"));
    }

    @Test
    void explainsClosedRegistrationAndWorksAgainOnceItIsOpen(TestProsody prosody) {
        prosody.setRegistration(ProsodyConfig.Registration.CLOSED);
        try {
            AccountRequest request = AccountRequest.named(prosody.address(), TestAccounts.uniqueName("carla"),
                    Password.of("pw"));
            TraslocoException plain = assertThrows(TraslocoException.class, () -> creator.create(request, NO_QUESTIONS));
            assertEquals(Kind.REFUSED, plain.kind());
            assertTrue(plain.message(Locale.ENGLISH).startsWith("localhost does not create accounts from apps."),
                    plain.message(Locale.ENGLISH));

            TraslocoException withPage = assertThrows(TraslocoException.class,
                    () -> creator.create(request.withWebPage("https://localhost/register"), NO_QUESTIONS));
            assertEquals("localhost creates accounts only on its web page: open https://localhost/register to sign up, "
                    + "then come back to log in.", withPage.message(Locale.ENGLISH));
        } finally {
            prosody.setRegistration(ProsodyConfig.Registration.OPEN);
        }
        String name = TestAccounts.uniqueName("dario");
        assertEquals(name + "@localhost",
                creator.create(AccountRequest.named(prosody.address(), name, Password.of("pw")), NO_QUESTIONS).jid());
    }
}
