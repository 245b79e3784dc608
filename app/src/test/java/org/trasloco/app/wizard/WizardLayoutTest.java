package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;

/**
 * The smallest window the wizard must work in, 1024×768, at every text size and in both languages:
 * on every step the Back/Next bar stays in the window and no text is cut off.
 */
class WizardLayoutTest extends WizardTestBase {

    private static final String FAMILY = """
            14/02/2024, 09:12 - Jess Moreau: Route for Sunday
            14/02/2024, 09:13 - Sam: See you there
            15/02/2024, 10:01 - Ada: Ciao a tutti!
            """;

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of("en", TextSize.EXTRA_LARGE), Arguments.of("it", TextSize.EXTRA_LARGE),
                Arguments.of("it", TextSize.NORMAL));
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void everyStepFitsA1024By768Window(String language, TextSize size, FxRobot robot) throws Exception {
        Path family = Files.writeString(dir.resolve("WhatsApp Chat with Family Rossi-Moreau.txt"), FAMILY);
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, dir.resolve("move.trasloco"), Locale.forLanguageTag(language), size));
        fixture.resize(1024, 768);
        String name = "-" + language + "-" + size.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-1024";

        robot.clickOn("#helper");
        WizardFixture.await("Next is enabled", () -> !robot.lookup("#next").queryButton().isDisabled());
        checkStep("welcome" + name);
        robot.clickOn("#next");

        WizardFixture.await("the chats step", () -> robot.lookup("#typedPath").tryQuery().isPresent());
        robot.clickOn("#typedPath").write(family.toString()).type(KeyCode.ENTER);
        WizardFixture.await("imported", () -> !robot.lookup("#next").queryButton().isDisabled());
        checkStep("chats" + name);
        robot.clickOn("#next");

        WizardFixture.await("the review", () -> robot.lookup("#table").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().size() == 1);
        checkStep("review" + name);
        robot.clickOn("#next");

        WizardFixture.await("the people", () -> robot.lookup("#meChoice").tryQuery().isPresent()
                && robot.lookup("#table").queryTableView().getItems().size() == 3);
        checkStep("people" + name);
        assertTrue(WizardFixture.fx(() -> robot.lookup("#table").queryTableView().getHeight()) > 4 * size.pixels() * 2,
                "the people table shows more than one row");
    }

    private void checkStep(String name) {
        // For a look by whoever changes the layout; the documentation's pictures are the walk's.
        fixture.screenshot(Path.of("target", "layout"), "wizard-" + name);
        assertTrue(fixture.insideWindow("#next") && fixture.insideWindow("#back"), name + ": Back and Next in the window");
        List<String> cut = fixture.cutOffTexts();
        assertEquals(List.of(), cut, name + ": texts cut off");
    }
}
