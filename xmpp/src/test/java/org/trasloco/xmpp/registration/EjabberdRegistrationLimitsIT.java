package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestEjabberd;

/** ejabberd as Debian configures it: ten minutes between two sign-ups from one address, loopback included. */
class EjabberdRegistrationLimitsIT {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults());

    @Test
    void aSecondSignUpFromTheSameConnectionSaysWhatTheLimitIsAndWhenToTryAgain(TestEjabberd ejabberd) {
        AccountCreator creator = new AccountCreator(TestAccounts.connector());
        FormQuestions none = (form, questions) -> new RegistrationAnswers();
        creator.create(AccountRequest.named(ejabberd.address(), TestAccounts.uniqueName("ivo"), Password.of("pw")), none);

        TraslocoException error = assertThrows(TraslocoException.class, () -> creator.create(
                AccountRequest.named(ejabberd.address(), TestAccounts.uniqueName("lia"), Password.of("pw")), none));

        assertEquals(TraslocoException.Kind.REFUSED, error.kind());
        assertEquals("localhost creates only one new account every few minutes from each internet connection, and one "
                + "was created from this connection a short while ago. Try again in 10 minutes (the usual wait on "
                + "ejabberd servers). Where many people share one connection, as in a workshop, ask the people who run "
                + "localhost to lift this limit for the day.", error.message(Locale.ENGLISH));
    }
}
