package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.importers.contacts.Person;

/**
 * The people step with the things a helper does there: a phone book that joins a name and a number,
 * a wrong address, two people put together and apart again, and the list through a spreadsheet and back.
 */
class WizardPeopleTest extends WizardTestBase {

    private static final String MAMMA = """
            23/03/2024, 08:00 - Pia: Buongiorno mamma
            23/03/2024, 08:02 - Mamma: Ciao tesoro
            """;
    private static final String COUSINS = """
            24/03/2024, 19:00 - Pia: Cena domenica?
            24/03/2024, 19:01 - +39 333 123 4567: Porto il dolce
            24/03/2024, 19:02 - ~ Marco: Ci sono
            24/03/2024, 19:03 - Marco: Anche io
            """;
    private static final String PHONE_BOOK = """
            BEGIN:VCARD
            VERSION:3.0
            FN:Mamma
            TEL;TYPE=CELL:+39 333 123 4567
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Dentist
            TEL;TYPE=WORK:+39 02 1234567
            END:VCARD
            """;

    @Test
    void aHelperSortsOutThePeople(FxRobot robot) throws Exception {
        openAtPeople(robot);
        // Pia is in every chat: the step says so, and "~ Marco" and "Marco" are already one person.
        assertTrue(text(robot, "#meLabel").contains("Pia"), text(robot, "#meLabel"));
        assertEquals(List.of("+39 333 123 4567", "Mamma", "Marco", "Pia"), names(robot));

        // The phone book joins the number and "Mamma"; the dentist, who is not in the history, is not kept.
        fixture.dialogs.answer(Files.writeString(dir.resolve("contacts.vcf"), PHONE_BOOK));
        robot.clickOn("#loadVCard");
        WizardFixture.await("the phone book applied", () -> names(robot).size() == 3);
        assertEquals(List.of("Mamma", "Marco", "Pia"), names(robot));
        assertTrue(text(robot, "#status").contains("contacts.vcf"), text(robot, "#status"));
        assertEquals(List.of("Mamma"), WizardFixture.fx(() -> fixture.window.state().workspace().people().phoneBook()
                .stream().map(kept -> kept.entry().name()).toList()), "only phone book entries matching the history are kept");

        // A wrong address gets a plain message and changes nothing; a right one is kept.
        select(robot, "Marco");
        robot.clickOn("#known");
        robot.write("marco at home").type(KeyCode.ENTER);
        WizardFixture.await("the address problem", () -> !text(robot, "#addressProblem").isEmpty());
        assertEquals(Decision.UNDECIDED, stored("Marco").decision());
        WizardFixture.fx(() -> robot.lookup("#address").queryTextInputControl().clear());
        robot.clickOn("#address").write("marco@example.org").type(KeyCode.ENTER);
        WizardFixture.await("Marco known", () -> stored("Marco").decision() == Decision.KNOWN);
        assertEquals("marco@example.org", stored("Marco").xmppAddress());
        fixture.assertAccessible();

        // Two people put together, then apart again.
        select(robot, "Mamma");
        WizardFixture.fx(() -> table(robot).getItems().stream().filter(p -> p.name().equals("Marco")).findFirst()
                .ifPresent(p -> table(robot).getSelectionModel().select(p)));
        robot.clickOn("#merge");
        WizardFixture.await("merged", () -> names(robot).size() == 2);
        select(robot, names(robot).contains("Mamma") ? "Mamma" : "Marco");
        WizardFixture.await("the members to split", () -> robot.lookup("#members .check-box").queryAll().size() >= 2);
        CheckBox marco = robot.lookup("#members .check-box").queryAllAs(CheckBox.class).stream()
                .filter(check -> check.getText().contains("Marco")).findFirst().orElseThrow();
        // Out of sight below the decisions: taking the focus scrolls them into view, as Tab does.
        WizardFixture.fx(marco::requestFocus);
        robot.clickOn(marco);
        WizardFixture.fx(() -> robot.lookup("#split").query().requestFocus());
        robot.clickOn("#split");
        WizardFixture.await("split", () -> names(robot).size() == 3);

        // The list goes to a spreadsheet with a byte-order mark and English column names.
        Path sheet = dir.resolve("people.csv");
        fixture.dialogs.answer(sheet);
        robot.clickOn("#exportCsv");
        WizardFixture.await("the spreadsheet written", () -> Files.exists(sheet) && text(robot, "#status").contains("people.csv"));
        byte[] written = Files.readAllBytes(sheet);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(written[0], written[1], written[2]));
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("XMPP address"));

        // A sheet with bad rows names every one of them and changes nothing.
        long mamma = stored("Mamma").id();
        long marcoId = stored("Marco").id();
        Map<String, Contact> before = storedByName();
        Path bad = Files.writeString(dir.resolve("bad.csv"), "\uFEFFID,Choice,XMPP address\n"
                + mamma + ",skip,\n" + "999999,invite,\n" + marcoId + ",maybe,\n");
        fixture.dialogs.answer(bad);
        robot.clickOn("#importCsv");
        WizardFixture.await("the refusal", () -> !robot.lookup("#problems").queryAs(VBox.class).getChildren().isEmpty());
        String refusal = WizardFixture.fx(() -> ((Label) robot.lookup("#problems").queryAs(VBox.class)
                .getChildren().get(0)).getText());
        assertTrue(refusal.contains("bad.csv") && refusal.contains("999999") && refusal.contains("maybe"), refusal);
        assertEquals(before, storedByName(), "a refused sheet changes nothing");
        fixture.assertAccessible();
        fixture.screenshot("wizard-3-people-csv-refused-en");

        // A good sheet is applied.
        Path good = Files.writeString(dir.resolve("good.csv"), "\uFEFFID,Choice,XMPP address\n" + mamma + ",skip,\n");
        fixture.dialogs.answer(good);
        robot.clickOn("#importCsv");
        WizardFixture.await("Mamma skipped", () -> stored("Mamma").decision() == Decision.SKIP);
        WizardFixture.await("the list shows it", () -> text(robot, "#summary").contains("1 skipped"));
    }

    @Test
    void aWholeTelegramAccountKnowsWhoYouAre(FxRobot robot) throws Exception {
        Path account = Path.of("../importers/src/test/resources/org/trasloco/importers/telegram/account-2024-json")
                .toAbsolutePath().normalize();
        openAtPeople(robot, account);
        WizardFixture.await("the owner", () -> text(robot, "#meLabel").contains("Jess Moreau"));
        assertTrue(text(robot, "#meLabel").contains("export"), text(robot, "#meLabel"));
        assertTrue(names(robot).size() > 3, names(robot).toString());
        fixture.assertAccessible();
    }

    private void openAtPeople(FxRobot robot) throws Exception {
        openAtPeople(robot, Files.writeString(dir.resolve("WhatsApp Chat with Mamma.txt"), MAMMA),
                Files.writeString(dir.resolve("WhatsApp Chat with Cugini.txt"), COUSINS));
    }

    private void openAtPeople(FxRobot robot, Path... exports) {
        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> fixture.open(stage, dir.resolve("move.trasloco"), Locale.ENGLISH, TextSize.NORMAL));
        robot.clickOn("#me").clickOn("#next");
        WizardFixture.await("the chats step", () -> robot.lookup("#typedPath").tryQuery().isPresent());
        for (Path chat : exports) {
            int before = fixture.window.state().imports().get();
            robot.clickOn("#typedPath").write(chat.toString()).type(KeyCode.ENTER);
            WizardFixture.await("imported " + chat.getFileName(), () -> fixture.window.state().imports().get() > before);
        }
        WizardFixture.await("chats ready", () -> !robot.lookup("#next").queryButton().isDisabled());
        robot.clickOn("#next");
        WizardFixture.await("the review", () -> !robot.lookup("#next").queryButton().isDisabled());
        robot.clickOn("#next");
        WizardFixture.await("the people", () -> robot.lookup("#table").tryQuery().isPresent()
                && !table(robot).getItems().isEmpty());
    }

    private static TableView<Person> table(FxRobot robot) {
        return robot.lookup("#table").queryTableView();
    }

    private static List<String> names(FxRobot robot) {
        return WizardFixture.fx(() -> table(robot).getItems().stream().map(Person::name).sorted().toList());
    }

    private static String text(FxRobot robot, String query) {
        return WizardFixture.fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static void select(FxRobot robot, String name) {
        WizardFixture.fx(() -> {
            TableView<Person> table = table(robot);
            table.getSelectionModel().clearSelection();
            table.getItems().stream().filter(p -> p.name().equals(name)).findFirst()
                    .ifPresent(p -> table.getSelectionModel().select(p));
        });
        WizardFixture.await(name + " shown", () -> text(robot, "#detailName").equals(name));
        Node row = robot.lookup("#table .table-row-cell").queryAll().stream()
                .filter(cell -> cell instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof Person p
                        && p.name().equals(name)).findFirst().orElseThrow();
        robot.moveTo(row);
    }

    private Map<String, Contact> storedByName() {
        return WizardFixture.fx(() -> fixture.window.state().workspace().people().contacts().stream()
                .collect(Collectors.toMap(Contact::name, Function.identity(), (a, b) -> a)));
    }

    private Contact stored(String name) {
        return storedByName().get(name);
    }
}
