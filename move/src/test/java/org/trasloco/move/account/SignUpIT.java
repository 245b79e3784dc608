package org.trasloco.move.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.providers.ProviderCatalogue;
import org.trasloco.xmpp.registration.CreatedAccount;
import org.trasloco.xmpp.registration.FormField;
import org.trasloco.xmpp.registration.RegistrationAnswers;
import org.trasloco.xmpp.registration.RegistrationRefusedException;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** Signing up on a server that asks for a CAPTCHA: a wrong answer brings a new form, up to the attempts allowed. */
class SignUpIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withTestModule("test_captcha"));

    private static final SignUp SIGN_UP = new SignUp(ProviderCatalogue.bundled(), Locale.ENGLISH);

    @Test
    void aWrongCaptchaIsAskedAgainAndTheRightAnswerCreatesTheAccount(TestProsody prosody) {
        List<String> answers = new ArrayList<>(List.of("nope", "7x4k"));
        List<String> asked = new ArrayList<>();
        String name = TestAccounts.uniqueName("rita");
        try (Password password = Password.of("pw-rita")) {
            CreatedAccount account = SIGN_UP.create(prosody.address(), name, password, null, (form, questions) -> {
                asked.add(questions.stream().map(FormField::variable).toList().toString());
                return new RegistrationAnswers().set("ocr", answers.remove(0));
            }, 3);
            assertEquals(name + "@localhost", account.jid());
        }
        assertEquals(List.of("[ocr]", "[ocr]"), asked, "the form came twice, with its CAPTCHA");
    }

    @Test
    void whenTheAttemptsAreUsedUpTheRefusalSaysTheAnswerWasWrong(TestProsody prosody) {
        List<String> asked = new ArrayList<>();
        try (Password password = Password.of("pw")) {
            RegistrationRefusedException refused = assertThrows(RegistrationRefusedException.class,
                    () -> SIGN_UP.create(prosody.address(), TestAccounts.uniqueName("sara"), password, null,
                            (form, questions) -> {
                                asked.add("asked");
                                return new RegistrationAnswers().set("ocr", "wrong");
                            }, 2));
            assertEquals(RegistrationRefusedException.Reason.CAPTCHA_WRONG, refused.reason());
            assertTrue(refused.message(Locale.ENGLISH).contains("CAPTCHA was not accepted"), refused.getMessage());
        }
        assertEquals(2, asked.size());
    }

    @Test
    void aTakenNameIsNotAskedAgain(TestProsody prosody) {
        String name = TestAccounts.uniqueName("tina");
        prosody.registerUser(name, "first");
        List<String> asked = new ArrayList<>();
        try (Password password = Password.of("pw")) {
            RegistrationRefusedException refused = assertThrows(RegistrationRefusedException.class,
                    () -> SIGN_UP.create(prosody.address(), name, password, null, (form, questions) -> {
                        asked.add("asked");
                        return new RegistrationAnswers().set("ocr", "7x4k");
                    }, 3));
            assertEquals(RegistrationRefusedException.Reason.NAME_TAKEN, refused.reason());
        }
        assertEquals(1, asked.size());
    }
}
