package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The wizard opens in the system's language when it speaks it, and the welcome step offers all five. */
class WizardLanguagesTest extends WizardTestBase {

    @Test
    void aGermanSystemGetsAGermanWindowAndEveryLanguageCanBeChosen(FxRobot robot) {
        fixture = new WizardFixture(dir);
        Locale language = withSystemLanguage(Locale.GERMANY, () -> WizardApplication.startingLanguage(fixture.settings));
        assertEquals(Locale.GERMAN, language);

        WizardFixture.fx(() -> fixture.open(stage, dir.resolve("move.trasloco"), language, TextSize.NORMAL));
        WizardFixture.await("the window speaks German", () -> robot.lookup("#next").queryButton().getText().contains("Weiter"));
        assertTrue(robot.lookup("#german").queryAs(RadioButton.class).isSelected());
        assertTrue(robot.lookup(".title-1").queryAs(Label.class).getText().equals("Willkommen bei Trasloco"));
        fixture.assertAccessible();
        fixture.screenshot("wizard-0-welcome-de");

        // Each language switches the window, and is remembered for the next start.
        List<String[]> choices = List.of(new String[] {"french", "Suivant", "wizard-0-welcome-fr"},
                new String[] {"italian", "Avanti", null}, new String[] {"english", "Next", null},
                new String[] {"spanish", "Siguiente", "wizard-0-welcome-es"});
        for (String[] choice : choices) {
            robot.clickOn("#" + choice[0]);
            WizardFixture.await(choice[0], () -> robot.lookup("#next").queryButton().getText().contains(choice[1]));
            if (choice[2] != null) {
                fixture.screenshot(choice[2]);
            }
        }
        assertEquals(Locale.forLanguageTag("es"),
                withSystemLanguage(Locale.GERMANY, () -> WizardApplication.startingLanguage(fixture.settings)));
    }

    @Test
    void aSystemLanguageTheWizardDoesNotSpeakGivesEnglishAndFrenchSystemsFrench() {
        fixture = new WizardFixture(dir);
        assertEquals(Locale.ENGLISH, withSystemLanguage(Locale.forLanguageTag("pt-BR"),
                () -> WizardApplication.startingLanguage(fixture.settings)));
        assertEquals(Locale.FRENCH, withSystemLanguage(Locale.CANADA_FRENCH,
                () -> WizardApplication.startingLanguage(fixture.settings)));
        assertEquals(Locale.forLanguageTag("es"), withSystemLanguage(Locale.forLanguageTag("es-MX"),
                () -> WizardApplication.startingLanguage(fixture.settings)));
    }

    private static <T> T withSystemLanguage(Locale system, java.util.function.Supplier<T> action) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(system);
        try {
            return action.get();
        } finally {
            Locale.setDefault(saved);
        }
    }
}
