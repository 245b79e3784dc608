package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.trasloco.app.cli.archive.OperatorRecipe;
import org.trasloco.move.choices.Journey;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;

/**
 * Step 5 with a stock Prosody, without Trasloco's module: the step says the history goes in as notes
 * to yourself and why, and sends it so; or, for a server whose operator is at hand, saves the file
 * they import with the recipe of docs/operators.md, and then checks their import: every message
 * with its original date.
 */
class WizardHistoryNotesIT extends WizardTestBase {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false));

    @Test
    void aServerWithoutTheModuleGetsNotesToYourself(FxRobot robot) {
        ArchiveAccount bea = openAndLogIn(robot, "bea");
        assertEquals("Your history goes in as notes to yourself.", HistoryWalk.text(robot, "#pathLabel"));
        assertTrue(HistoryWalk.text(robot, "#whyLabel").startsWith(
                "Why this way: localhost does not run Trasloco's archive-import module"));
        assertTrue(HistoryWalk.text(robot, "#disclosureLabel").contains("as notes to yourself"));
        assertEquals("Send the history as notes", HistoryWalk.text(robot, "#upload"));
        // Without group chats on the server the group stays a note, and the step says why.
        assertEquals("localhost has no group-chat service, so your groups stay in your archive as notes to yourself.",
                HistoryWalk.text(robot, "#groupsWhat"));
        assertFalse(HistoryWalk.shown(robot, "#asNotes"), "nothing to choose: notes are the only way here");
        assertTrue(HistoryWalk.shown(robot, "#saveOperatorFile"), "the operator's way is offered");
        TableView<?> table = robot.lookup("#conversations").queryTableView();
        assertEquals(3, table.getItems().size());
        assertTrue(table.getItems().toString().contains("as notes to yourself"), table.getItems().toString());
        fixture.assertAccessible();
        fixture.screenshot("wizard-5-history-notes-en");

        HistoryWalk.reveal(robot, "#upload");
        HistoryWalk.press(robot, "#upload");
        WizardFixture.await("the read-back", () -> HistoryWalk.shown(robot, "#resultCount"));
        assertEquals("50 of 50 messages confirmed", HistoryWalk.text(robot, "#resultCount"));
        assertFalse(robot.lookup("#next").queryButton().isDisabled());
        assertEquals(50, fixture.window.state().workspace().uploadLedger(bea.jid()).counts().acknowledged());
    }

    @Test
    void theOperatorImportsTheFileAndTheStepChecksIt(FxRobot robot) throws Exception {
        ArchiveAccount carla = openAndLogIn(robot, "carla");
        Path file = dir.resolve(carla.jid() + ".xml");
        fixture.dialogs.answer(file);
        HistoryWalk.press(robot, "#saveOperatorFile");
        WizardFixture.await("the file saved", () -> HistoryWalk.shown(robot, "#checkArchive"));
        assertTrue(HistoryWalk.text(robot, "#operatorSaved").startsWith("50 messages saved in " + file),
                HistoryWalk.text(robot, "#operatorSaved"));
        String xml = Files.readString(file);
        assertTrue(xml.contains("<archive xmlns='urn:xmpp:pie:0#mam'>"));
        assertFalse(xml.contains(carla.password()), "no password in the file");
        assertFalse(robot.lookup("#next").queryButton().isDisabled(), "handed to the operator: the move goes on");
        fixture.assertAccessible();
        fixture.screenshot("wizard-5-history-operator-en");

        String imported = OperatorRecipe.importFile(PROSODY.server(), file, "internal");
        assertTrue(imported.contains("Migrating user " + carla.jid() + " store archive"), imported);
        HistoryWalk.press(robot, "#checkArchive");
        WizardFixture.await("the read-back", () -> HistoryWalk.shown(robot, "#resultCount"));
        assertEquals("50 of 50 messages confirmed", HistoryWalk.text(robot, "#resultCount"), imported);
        assertTrue(HistoryWalk.text(robot, "#meaning").startsWith("Every message is in your archive on localhost"));
    }

    private ArchiveAccount openAndLogIn(FxRobot robot, String name) {
        ArchiveAccount account = ArchiveAccount.register(PROSODY.server(), name);
        fixture = HistoryWalk.openLoggedIn(dir, stage, robot, PROSODY.server(), account, Journey.ME, 2, 20, 10);
        return account;
    }

}
