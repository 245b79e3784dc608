package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** A server whose form asks for more than a name and a password (Prosody's additional fields). */
class RegistrationFormIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults()
            .withGlobal("additional_registration_fields = { \"nick+\" }"));

    private final AccountCreator creator = new AccountCreator(TestAccounts.connector());

    @Test
    void asksAPersonForTheRequiredExtraFieldAndSendsTheAnswer(TestProsody prosody) {
        AtomicReference<List<FormField>> asked = new AtomicReference<>();
        String name = TestAccounts.uniqueName("elena");

        CreatedAccount account = creator.create(AccountRequest.named(prosody.address(), name, Password.of("pw")),
                (form, questions) -> {
                    asked.set(questions);
                    assertEquals(RegistrationForm.Style.DATA_FORM, form.style());
                    assertEquals("jabber:iq:register", form.formType());
                    return new RegistrationAnswers().set("nick", "Elena");
                });

        assertEquals(name + "@localhost", account.jid());
        FormField nick = asked.get().get(0);
        assertEquals(1, asked.get().size());
        assertEquals("nick", nick.variable());
        assertEquals(FieldKind.TEXT, nick.kind());
        assertEquals("Nickname", FieldLabels.of(nick, Locale.ENGLISH));
        assertTrue(nick.required());
        assertTrue(prosody.shell("user:list(\"localhost\")").contains(name), "the account exists on the server");
    }

    @Test
    void saysTheConnectionWasLostWhenTheServerStopsMidRegistration(TestProsody prosody) {
        try {
            TraslocoException error = assertThrows(TraslocoException.class,
                    () -> creator.create(AccountRequest.named(prosody.address(), TestAccounts.uniqueName("fabio"),
                            Password.of("pw")), (form, questions) -> {
                                prosody.stop();
                                return new RegistrationAnswers().set("nick", "Fabio");
                            }));

            assertEquals(TraslocoException.Kind.CONNECTION, error.kind());
            assertEquals("The connection to localhost was lost while creating the account. "
                    + "Check your internet connection and try again.", error.message(Locale.ENGLISH));
        } finally {
            prosody.restart();
        }
    }
}
