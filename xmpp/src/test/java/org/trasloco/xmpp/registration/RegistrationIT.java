package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** Sign-up on Prosody, and Prosody with registration closed. */
class RegistrationIT extends RegistrationCases {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension();

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
