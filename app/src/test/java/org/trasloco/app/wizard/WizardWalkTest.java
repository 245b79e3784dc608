package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trasloco.importers.contacts.Person;

/**
 * Walks the wizard's steps 0–3 as a user would, with the keyboard and the mouse, in both languages
 * and at a large text size, on real exports; checks every control speaks, and writes a picture of
 * every step to {@code docs/screenshots/}.
 */
class WizardWalkTest extends WizardTestBase {

    private static final String FAMILY = """
            14/02/2024, 09:12 - Jess Moreau: Route for Sunday
            14/02/2024, 09:13 - Sam: See you there 👍
            15/02/2024, 10:00 - Jess Moreau added Ada
            15/02/2024, 10:01 - Ada: Ciao a tutti!
            """;
    private static final String AMBIGUOUS = """
            01/02/2024, 10:00 - Nonna: Buongiorno
            01/02/2024, 10:05 - Luca: Ciao nonna
            """;

    static Stream<Arguments> walks() {
        return Stream.of(Arguments.of("en", TextSize.NORMAL), Arguments.of("it", TextSize.NORMAL),
                Arguments.of("en", TextSize.LARGE));
    }

    @ParameterizedTest
    @MethodSource("walks")
    void walksFromWelcomeToPeople(String language, TextSize size, FxRobot robot) throws Exception {
        Path family = Files.writeString(dir.resolve("WhatsApp Chat with Family.txt"), FAMILY);
        Path ambiguous = Files.writeString(dir.resolve("WhatsApp Chat with Nonna.txt"), AMBIGUOUS);
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, dir.resolve("move.trasloco"), Locale.ENGLISH, size));
        String suffix = "-" + language + (size == TextSize.NORMAL ? "" : "-large");

        // Step 0: Next stays disabled until the user says who is moving; the language switches the window.
        Button next = robot.lookup("#next").queryButton();
        assertTrue(next.isDisabled());
        if (language.equals("it")) {
            robot.clickOn("#italian");
            WizardFixture.await("the window speaks Italian", () -> robot.lookup("#next").queryButton().getText().contains("Avanti"));
        }
        robot.clickOn("#helper");
        WizardFixture.await("Next is enabled", () -> !robot.lookup("#next").queryButton().isDisabled());
        fixture.assertAccessible();
        fixture.screenshot("wizard-0-welcome" + suffix);
        // Keyboard use: Enter presses the default button, Next. (Headless windows get no OS key focus,
        // so the key is delivered to the window's scene, where the default button handles it.)
        WizardFixture.pressKey(stage, KeyCode.ENTER);

        // Step 1: add two exports by typing their paths (what drag and drop and the choosers also do).
        WizardFixture.await("the chats step", () -> robot.lookup("#typedPath").tryQuery().isPresent());
        assertTrue(robot.lookup("#next").queryButton().isDisabled(), "no chats yet");
        robot.clickOn("#typedPath").write(family.toString()).type(KeyCode.ENTER);
        WizardFixture.await("Family imported", () -> conversations() == 1 && !robot.lookup("#progressBox").query().isVisible());
        assertEquals(1, robot.lookup("#outcomeList").queryListView().getItems().size());
        robot.clickOn("#typedPath").write(ambiguous.toString()).type(KeyCode.ENTER);
        WizardFixture.await("the day/month question", () -> robot.lookup("#questionBox").query().isVisible());
        String question = robot.lookup("#questionLabel").queryAs(Label.class).getText();
        assertTrue(question.contains("WhatsApp Chat with Nonna.txt"), question);
        fixture.assertAccessible();
        fixture.screenshot("wizard-1-chats-question" + suffix);
        // The answer is clicked once the buttons have their place on screen (a click before layout lands elsewhere).
        WizardFixture.await("the answers laid out", () -> {
            Button answer = robot.lookup("#dayFirst").queryButton();
            return answer.isVisible() && answer.getWidth() > 0 && !answer.isDisabled();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dayFirst");
        WizardFixture.await("Nonna imported", () -> conversations() == 2 && !robot.lookup("#progressBox").query().isVisible());
        assertEquals(2, robot.lookup("#outcomeList").queryListView().getItems().size());
        assertFalse(robot.lookup("#next").queryButton().isDisabled());
        fixture.screenshot("wizard-1-chats" + suffix);
        robot.clickOn("#next");

        // Step 2: both conversations, chosen by default; unticking one is remembered.
        WizardFixture.await("the review table", () -> robot.lookup("#table").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().size() == 2);
        TableView<?> table = robot.lookup("#table").queryTableView();
        assertEquals(2, table.getItems().size());
        String summary = robot.lookup("#summary").queryAs(Label.class).getText();
        assertTrue(summary.contains(language.equals("it") ? "2 conversazioni su 2" : "2 conversations of 2"), summary);
        robot.clickOn("#search").write("Nonna");
        WizardFixture.await("filtered", () -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        robot.clickOn("#selectNone");
        robot.clickOn("#search").eraseText(5);
        WizardFixture.await("both shown again", () -> robot.lookup("#table").queryTableView().getItems().size() == 2);
        assertEquals(java.util.Set.of("whatsapp/Nonna"), fixture.window.state().excludedSnapshot());
        fixture.assertAccessible();
        fixture.screenshot("wizard-2-review" + suffix);
        robot.clickOn("#next");

        // Step 3: nobody is in every chat, so the user confirms the likeliest one (Sam); then decides for Nonna.
        WizardFixture.await("the people", () -> robot.lookup("#table").tryQuery().isPresent()
                && robot.lookup("#meChoice").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().size() == 5);
        assertTrue(robot.lookup("#next").queryButton().isDisabled() || !robot.lookup("#next").queryButton().isVisible());
        WizardFixture.fx(() -> {
            javafx.scene.control.ComboBox<Person> me = robot.lookup("#meChoice").queryComboBox();
            assertEquals("Sam", me.getItems().get(0).name(), "Jess Moreau and Ada are named in a system line, so not the user");
            me.setValue(me.getItems().get(0));
        });
        robot.clickOn("#confirmMe");
        WizardFixture.await("me confirmed", () -> robot.lookup("#meLabel").queryAs(Label.class).getText().contains("Sam"));
        robot.clickOn("#search").write("Nonna");
        WizardFixture.await("Nonna found", () -> robot.lookup("#table").queryTableView().getItems().size() == 1);
        // The row that shows Nonna (a table also keeps rows of its own that show nobody).
        robot.clickOn(robot.lookup("#table .table-row-cell").queryAll().stream()
                .filter(cell -> cell instanceof javafx.scene.control.TableRow<?> row && row.getItem() instanceof Person p
                        && p.name().equals("Nonna")).findFirst().orElseThrow());
        robot.clickOn("#invite");
        WizardFixture.await("Nonna invited", () -> robot.lookup("#summary").queryAs(Label.class).getText()
                .contains(language.equals("it") ? "1 da invitare" : "1 to invite"));
        robot.clickOn("#search").eraseText(5);
        fixture.assertAccessible();
        fixture.screenshot("wizard-3-people" + suffix);
        assertEquals(WizardStep.PEOPLE, fixture.window.state().step().get());
    }

    private int conversations() {
        return fixture.window.state().workspace().conversations().size();
    }
}
