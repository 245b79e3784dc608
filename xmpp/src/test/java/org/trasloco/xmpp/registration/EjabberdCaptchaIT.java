package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestEjabberd;

/**
 * ejabberd's CAPTCHA for in-band registration ({@code captcha_protected}): the picture comes as
 * bits of binary with a web fallback, the right answer creates the account, a wrong one is said to
 * be wrong (ejabberd answers it with {@code not-allowed}, as it does to sign-ups it does not take).
 */
class EjabberdCaptchaIT {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults()
            .withRegistrationTimeout(null).withCaptcha(true));

    private final AccountCreator creator = new AccountCreator(TestAccounts.connector());

    @Test
    void showsThePictureAndCreatesTheAccountWithTheRightAnswer(TestEjabberd ejabberd) {
        String name = TestAccounts.uniqueName("gina");
        CreatedAccount account = creator.create(AccountRequest.named(ejabberd.address(), name, Password.of("pw")),
                (form, questions) -> {
                    assertTrue(form.hasCaptcha());
                    assertEquals(List.of("ocr"), questions.stream().map(FormField::variable).toList());
                    MediaItem picture = questions.get(0).media().stream()
                            .filter(item -> item.bytes().isPresent()).findFirst().orElseThrow();
                    assertEquals("image/png", picture.mediaType());
                    assertTrue(form.field("captcha-fallback-url").orElseThrow().value().orElseThrow()
                            .startsWith("http://127.0.0.1:" + ejabberd.httpPort() + "/captcha/"), "the web fallback");
                    return new RegistrationAnswers().set("ocr", ejabberd.lastCaptchaAnswer());
                });
        assertEquals(name + "@localhost", account.jid());
    }

    @Test
    void saysTheCaptchaAnswerWasWrong(TestEjabberd ejabberd) {
        TraslocoException error = assertThrows(TraslocoException.class, () -> creator.create(
                AccountRequest.named(ejabberd.address(), TestAccounts.uniqueName("hugo"), Password.of("pw")),
                (form, questions) -> new RegistrationAnswers().set("ocr", "wrong" + ejabberd.lastCaptchaAnswer())));
        assertEquals(TraslocoException.Kind.REFUSED, error.kind());
        assertEquals("The answer to the CAPTCHA was not accepted. Try again: a new CAPTCHA will be shown. "
                + "The server said: “The CAPTCHA verification has failed”", error.message(Locale.ENGLISH));
    }
}
