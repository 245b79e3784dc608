package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** A server that allows one sign-up per hour from one address, loopback included. */
class RegistrationLimitsIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withGlobal("registration_allowlist = { }")
            .withGlobal("min_seconds_between_registrations = 3600"));

    @Test
    void saysToWaitWhenTheServerLimitsSignUps(TestProsody prosody) {
        AccountCreator creator = new AccountCreator(TestAccounts.connector());
        FormQuestions none = (form, questions) -> new RegistrationAnswers();
        creator.create(AccountRequest.named(prosody.address(), TestAccounts.uniqueName("ivo"), Password.of("pw")), none);

        TraslocoException error = assertThrows(TraslocoException.class, () -> creator.create(
                AccountRequest.named(prosody.address(), TestAccounts.uniqueName("lia"), Password.of("pw")), none));

        assertEquals(TraslocoException.Kind.REFUSED, error.kind());
        assertEquals("localhost limits how many accounts are created from one internet connection. "
                + "Try again later (usually an hour is enough).", error.message(Locale.ENGLISH));
    }
}
