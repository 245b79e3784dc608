package org.trasloco.app.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.RoomInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.testfx.api.FxRobot;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.Journey;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.groupchat.GroupChats;
import org.trasloco.xmpp.groupchat.RoomState;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;

/**
 * Step 5 with a group, against a real Prosody whose group-chat service runs the archive-import
 * module: the plan says the group becomes a members-only group chat with its history in the group
 * chat's archive, unencrypted there too; the group chat's name belongs to someone else, so the step
 * asks for another name (Upload waits for the answer); Upload puts the own chats into the archive and
 * then the group into its new group chat, Mamma (who has an address) made a member; the result shows
 * both read-backs, the members and the join link, which copies. In English and Italian, and in extra
 * large text in a 1024×768 window.
 */
class WizardGroupsIT extends WizardTestBase {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import").withGroupChats(true).withGlobal("archive_import_rate = 0"));

    /** Two direct chats of ten messages, and the group "Family" of six (system and deleted lines left out). */
    private static final int CHATS = 2;
    private static final int PER_CHAT = 10;
    private static final int GROUP = 6;

    /** What the step says, in one language. */
    private record Says(Locale locale, String what, String disclosure, String taken, String newRoom, String people,
            String goes, String own, String group, String room, String added, String invited, String pending) {
    }

    private static final Says ENGLISH = new Says(Locale.ENGLISH, "Each group becomes a group chat on your server (",
            "unencrypted too", " exists already and belongs to someone else. Trasloco never takes over someone"
            + " else's group chat: choose another name.", "Family: a new group chat, ",
            "6 messages; 1 member now; 1 person still to come (no address yet)",
            "What goes: 20 messages from 2 conversations", "20 of 20 messages confirmed", "6 of 6 messages confirmed",
            "Family\nGroup chat: ", "Made members now: Mamma (", "Invited now (they find the invitation in their app): Mamma (",
            "Still to come, without an address yet: Papà.");
    private static final Says ITALIAN = new Says(Locale.ITALIAN, "Ogni gruppo diventa una chat di gruppo sul tuo server (",
            "senza cifratura", " e appartiene a qualcun altro. Trasloco non si prende mai la chat di gruppo di un"
            + " altro: scegli un altro nome.", "Family: una nuova chat di gruppo, ",
            "6 messaggi; 1 membro da subito; 1 persona arriverà più tardi (non ha ancora un indirizzo)",
            "Che cosa parte: 20 messaggi da 2 conversazioni", "20 messaggi su 20 confermati",
            "6 messaggi su 6 confermati", "Family\nChat di gruppo: ", "Diventati membri ora: Mamma (",
            "Invitati ora (troveranno l'invito nella loro app): Mamma (",
            "Arriveranno più tardi, non hanno ancora un indirizzo: Papà.");

    static Stream<Arguments> walks() {
        return Stream.of(Arguments.of(ENGLISH, TextSize.NORMAL, "-en"), Arguments.of(ITALIAN, TextSize.NORMAL, "-it"),
                Arguments.of(ENGLISH, TextSize.EXTRA_LARGE, "-en-xlarge"));
    }

    @ParameterizedTest
    @MethodSource("walks")
    void theGroupBecomesAGroupChatWithItsHistory(Says says, TextSize size, String suffix, FxRobot robot)
            throws Exception {
        var prosody = PROSODY.server();
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        ArchiveAccount mamma = ArchiveAccount.register(prosody, "mamma");
        ArchiveAccount bruno = ArchiveAccount.register(prosody, "bruno");
        EntityBareJid taken = room("family");
        try (XmppSession session = bruno.open()) {
            GroupChats chats = new GroupChats(session);
            if (chats.state(taken) == RoomState.ABSENT) {
                chats.create(taken, "Bruno", "Bruno's family");
            }
        }
        Path workspace = dir.resolve("move.trasloco");
        HistoryWalk.move(workspace, CHATS, PER_CHAT, GROUP, prosody, anna, Journey.ME, WizardStep.HISTORY);
        CliRun people = CliRun.of("people", "--workspace", workspace.toString(), "--set", "Mamma=" + mamma.jid(),
                "--set", "Papà=invite", "--lang", "en");
        assertEquals(ExitCodes.OK, people.exit(), people.out() + people.err());

        fixture = new WizardFixture(dir);
        WizardFixture.fx(() -> {
            fixture.open(stage, workspace, says.locale(), size);
            if (size == TextSize.EXTRA_LARGE) {
                stage.setWidth(1024);
                stage.setHeight(768);
            }
        });
        HistoryWalk.logIn(robot, anna);

        // Someone else's group chat has the group's name: the step asks, and nothing can be sent yet.
        WizardFixture.await("the question", () -> HistoryWalk.shown(robot, "#roomName"));
        String what = HistoryWalk.text(robot, "#groupsWhat");
        assertTrue(what.startsWith(says.what() + ProsodyConfig.GROUP_CHATS + ")"), what);
        assertTrue(HistoryWalk.text(robot, "#groupsDisclosure").contains(says.disclosure()));
        assertTrue(roomLines(robot).contains(taken + says.taken()), roomLines(robot));
        assertFalse(HistoryWalk.shown(robot, "#upload"), "no upload while a group has no group chat");
        fixture.assertAccessible();

        String name = "family-anna" + suffix.replace("-en", "");
        EntityBareJid family = room(name);
        javafx.scene.Node roomName = robot.lookup("#roomName").query();
        WizardFixture.fx(roomName::requestFocus);
        WizardFixture.await("the name field focused", () -> roomName.getScene().getFocusOwner() == roomName);
        robot.write(name);
        HistoryWalk.press(robot, "#useRoomName");
        WizardFixture.await("the plan with the new name", () -> HistoryWalk.shown(robot, "#upload")
                && roomLines(robot).contains(says.newRoom() + family));
        assertTrue(roomLines(robot).contains(says.people()), roomLines(robot));
        assertTrue(HistoryWalk.shown(robot, "#asNotes"), "notes instead can be chosen");
        assertEquals(says.goes(), HistoryWalk.text(robot, "#conversationsTitle"), "the group is not in the own archive");
        fixture.assertAccessible();
        HistoryWalk.reveal(robot, "#groupsBox");
        fixture.screenshot("wizard-5-history-groups" + suffix);

        HistoryWalk.reveal(robot, "#upload");
        HistoryWalk.press(robot, "#upload");
        WizardFixture.await("the group chat's read-back", () -> HistoryWalk.shown(robot, "#joinLink"));
        assertEquals(says.own(), HistoryWalk.text(robot, "#resultCount"));
        assertEquals(says.group(), HistoryWalk.text(robot, ".groups-count"));
        String result = resultLines(robot);
        assertTrue(result.contains(says.room() + family), result);
        assertTrue(result.contains(says.added() + mamma.jid() + ")"), result);
        assertTrue(result.contains(says.invited() + mamma.jid() + ")"), result);
        assertTrue(result.contains(says.pending()), result);
        String link = WizardFixture.fx(() -> robot.lookup("#joinLink").queryAs(TextField.class).getText());
        assertEquals("xmpp:" + family + "?join", link);
        HistoryWalk.press(robot, "#copyJoinLink");
        WizardFixture.await("the link copied", () -> link.equals(Clipboard.getSystemClipboard().getString()));
        assertEquals(link, WizardFixture.fx(() -> Clipboard.getSystemClipboard().getString()));
        assertFalse(robot.lookup("#next").queryButton().isDisabled(), "Next once everything is confirmed");
        assertFalse(HistoryWalk.shown(robot, "#groupsAgain"), "nothing to send again");
        fixture.assertAccessible();
        fixture.screenshot("wizard-5-history-groups-done" + suffix);

        try (XmppSession session = mamma.open()) {
            RoomInfo info = MultiUserChatManager.getInstanceFor(session.connection()).getRoomInfo(family);
            assertTrue(info.isMembersOnly() && info.isNonanonymous() && info.isPersistent(), "private and kept");
            assertEquals("Family", info.getName());
            List<ArchivedItem> items = new ArrayList<>();
            new ArchiveReader(session, family).read(null, null, items::add);
            assertEquals(GROUP, items.size(), "the group's history in its group chat's archive");
        }
        try (XmppSession session = anna.open()) {
            assertEquals(RoomState.TAKEN, new GroupChats(session).state(taken), "the other group chat is not hers");
        }
        try (Workspace open = Workspace.open(workspace)) {
            MoveChoices choices = MoveChoices.of(open);
            XmppAddress account = XmppAddress.account(anna.jid());
            assertEquals(GroupsChoice.ROOMS, choices.groups(account).orElseThrow());
            assertEquals(List.of(family.toString()), List.copyOf(choices.groupRooms(account).values()));
            assertEquals(CHATS * PER_CHAT, choices.verified(account).orElseThrow().confirmed());
        }
    }

    private static String roomLines(FxRobot robot) {
        return labels(robot, "#roomsBox");
    }

    private static String resultLines(FxRobot robot) {
        return labels(robot, "#roomsResults");
    }

    /** The texts of the labels in a box, one a line. */
    private static String labels(FxRobot robot, String box) {
        return WizardFixture.fx(() -> String.join("\n", robot.lookup(box).lookup(".label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList()));
    }

    private static EntityBareJid room(String name) {
        return JidCreate.entityBareFromOrThrowUnchecked(name + "@" + ProsodyConfig.GROUP_CHATS);
    }
}
