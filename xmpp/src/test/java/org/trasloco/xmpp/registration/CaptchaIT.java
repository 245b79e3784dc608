package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** A server that asks for a CAPTCHA (mod_test_captcha: a picture sent as bits of binary, answer "7x4k"). */
class CaptchaIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withTestModule("test_captcha"));

    private static final byte[] PICTURE = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final AccountCreator creator = new AccountCreator(TestAccounts.connector());

    @Test
    void showsThePictureAndCreatesTheAccountWithTheRightAnswer(TestProsody prosody) {
        String name = TestAccounts.uniqueName("gina");
        CreatedAccount account = creator.create(AccountRequest.named(prosody.address(), name, Password.of("pw")),
                (form, questions) -> {
                    assertTrue(form.hasCaptcha());
                    assertEquals(List.of("ocr"), questions.stream().map(FormField::variable).toList());
                    FormField ocr = questions.get(0);
                    assertEquals("Enter the text you see", FieldLabels.of(ocr, Locale.ENGLISH));
                    MediaItem picture = ocr.media().get(0);
                    assertEquals("image/png", picture.mediaType());
                    assertTrue(picture.uri().startsWith("cid:sha1+"));
                    assertArrayEquals(PICTURE, picture.bytes().orElseThrow().bytes());
                    assertEquals(List.of("If you cannot see the picture, open the web page below."), form.notes());
                    assertEquals("https://localhost/captcha/trasloco-test-challenge",
                            form.field("captcha-fallback-url").orElseThrow().value().orElseThrow());
                    return new RegistrationAnswers().set("ocr", "7X4K");
                });
        assertEquals(name + "@localhost", account.jid());
    }

    @Test
    void saysTheCaptchaAnswerWasWrong(TestProsody prosody) {
        TraslocoException error = assertThrows(TraslocoException.class, () -> creator.create(
                AccountRequest.named(prosody.address(), TestAccounts.uniqueName("hugo"), Password.of("pw")),
                (form, questions) -> new RegistrationAnswers().set("ocr", "wrong")));
        assertEquals(TraslocoException.Kind.REFUSED, error.kind());
        assertEquals("The answer to the CAPTCHA was not accepted. Try again: a new CAPTCHA will be shown. "
                + "The server said: “The CAPTCHA verification has failed”", error.message(Locale.ENGLISH));
    }
}
