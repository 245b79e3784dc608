package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.trasloco.move.choices.Journey;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * A server that asks for a CAPTCHA before it creates an account (the test Prosody's
 * mod_test_captcha, shaped like public servers' forms): the wizard shows the server's form with
 * its picture, sends the answer, asks again after a wrong one, and stops when the user cancels.
 */
class AccountCaptchaIT extends WizardTestBase {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withTestModule("test_captcha"));

    private AccountStepDriver startSignUp(FxRobot robot, TestProsody prosody, Locale locale, String name) {
        fixture = new WizardFixture(dir);
        AccountStepDriver step = AccountStepDriver.open(robot, fixture, stage, dir, locale, TextSize.NORMAL, Journey.ME)
                .connectTo(prosody).chooseNewAddress().addServer("localhost");
        step.write("#name", name);
        step.click("#create");
        step.trustCertificate(prosody);
        step.await("#field-ocr");
        return step;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void theServersPictureIsShownAndAWrongAnswerIsAskedAgain(String language, FxRobot robot, TestProsody prosody) {
        String name = TestAccounts.uniqueName("nora");
        Locale locale = Locale.forLanguageTag(language);
        AccountStepDriver step = startSignUp(robot, prosody, locale, name);
        ImageView picture = robot.lookup("#captchaPicture").queryAs(ImageView.class);
        assertEquals(290, picture.getImage().getWidth(), "the server's picture, as sent");
        step.assertShows("Enter the text you see (" + (language.equals("it") ? "obbligatorio" : "needed") + ")");
        step.assertShows("If you cannot see the picture, open the web page below.");
        Button send = robot.lookup("#sendAnswers").queryButton();
        assertTrue(send.isDisabled(), "nothing typed yet");
        fixture.assertAccessible();
        step.showAtTop("#form");
        fixture.screenshot("wizard-4-account-form-" + language);

        step.write("#field-ocr", "nope");
        step.click("#sendAnswers");
        WizardFixture.await("a new form", () -> robot.lookup("#field-ocr").tryQuery()
                .map(field -> ((TextField) field).getText().isEmpty()).orElse(false));
        step.assertShows(language.equals("it") ? "Quella risposta non è stata accettata. Eccone una nuova."
                : "That answer was not accepted. Here is a new one.");
        step.write("#field-ocr", "7x4k");
        step.click("#sendAnswers");
        step.awaitDone();
        assertEquals(name + "@localhost", fixture.window.state().account().get().address().toString());
    }

    @Test
    void theFallbackWebPageOpensInTheBrowser(FxRobot robot, TestProsody prosody) {
        startSignUp(robot, prosody, Locale.ENGLISH, TestAccounts.uniqueName("olga"));
        robot.clickOn("Open \"CAPTCHA web page\" in the browser");
        assertEquals(List.of("https://localhost/captcha/trasloco-test-challenge"), fixture.desktop.openedLinks);
    }

    @Test
    void cancellingTheFormCreatesNothing(FxRobot robot, TestProsody prosody) {
        String name = TestAccounts.uniqueName("pia");
        AccountStepDriver step = startSignUp(robot, prosody, Locale.ENGLISH, name);
        step.click("#cancelAnswers");
        WizardFixture.await("stopped", () -> step.shownText().contains("Stopped. No address was created."));
        assertNull(fixture.window.state().account().get());
        assertTrue(!prosody.shell("user:list(\"localhost\")").contains(name), "no account on the server");
        assertTrue(!robot.lookup("#create").queryButton().isDisabled(), "the user can try again");
    }
}
