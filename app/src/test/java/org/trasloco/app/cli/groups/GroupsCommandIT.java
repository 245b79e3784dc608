package org.trasloco.app.cli.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.RoomInfo;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.groupchat.GroupChats;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestProsody;

/**
 * A WhatsApp group and a Telegram group, read from real export files, become group chats on a real
 * Prosody whose group-chat service runs the archive-import module: {@code trasloco upload} creates
 * them members-only and non-anonymous, adds and invites the members with an address, puts each
 * group's history into its room's archive and reads it back; a second upload adds nothing;
 * {@code trasloco groups} lists rooms, members and join links; a room of someone else is never taken.
 */
class GroupsCommandIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(ProsodyConfig.defaults().withDirectTls(false)
            .withModule("archive_import").withGroupChats(true).withGlobal("archive_import_rate = 0"));

    private static final String FAMILY = """
            14/02/2019, 09:01 - Anna: Ciao a tutti
            14/02/2019, 09:02 - Mamma: Ciao tesoro, domenica pranzo da noi
            14/02/2019, 09:03 - Papà: Porto il vino
            14/02/2019, 09:05 - Anna: A domenica!
            """;

    private static final String BOOK_CLUB = """
            {"name": "%s", "type": "private_group", "id": 4099000001, "messages": [
             {"id": 1, "type": "message", "date": "2023-11-02T18:00:30", "date_unixtime": "1698948030",
              "from": "Anna", "from_id": "user5000000001", "text": "Next book?", "text_entities": []},
             {"id": 2, "type": "message", "date": "2023-11-02T18:01:00", "date_unixtime": "1698948060",
              "from": "Mira", "from_id": "user5000000002", "text": "Dune", "text_entities": []},
             {"id": 3, "type": "message", "date": "2023-11-02T18:02:00", "date_unixtime": "1698948120",
              "from": "Tomás", "from_id": "user5000000003", "text": "Again?", "text_entities": []}
            ]}
            """;

    @TempDir
    Path dir;

    @Test
    void groupsBecomeMembersOnlyGroupChatsWithTheirHistory(TestProsody prosody) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        ArchiveAccount mamma = ArchiveAccount.register(prosody, "mamma");
        ArchiveAccount mira = ArchiveAccount.register(prosody, "mira");
        Path workspace = workspace(mamma, mira, "Famiglia Rossi", "Book Club");
        EntityBareJid family = room("famiglia-rossi");
        EntityBareJid books = room("book-club");

        List<Message> invitations = new CopyOnWriteArrayList<>();
        CliRun upload;
        try (XmppSession mammaOnline = mamma.open()) {
            mammaOnline.connection().addAsyncStanzaListener(stanza -> invitations.add((Message) stanza),
                    stanza -> stanza instanceof Message message && message.hasExtension("x", "jabber:x:conference"));
            mammaOnline.connection().sendStanza(mammaOnline.connection().getStanzaFactory().buildPresenceStanza().ofType(Presence.Type.available).build());
            upload = CliRun.withInput(anna.password() + "\n", command(prosody, "upload", workspace, anna));
            for (int i = 0; i < 50 && invitations.isEmpty(); i++) {
                Thread.sleep(100);
            }
        }
        assertEquals(ExitCodes.OK, upload.exit(), upload.out() + upload.err());
        String out = upload.out();
        assertTrue(out.contains("Your groups become group chats on conference.localhost"), out);
        assertTrue(out.contains("Famiglia Rossi: a new group chat " + family), out);
        assertTrue(out.contains("Book Club: a new group chat " + books), out);
        assertTrue(out.contains("Famiglia Rossi: 4 messages added to the group chat " + family
                + " now, 0 were there already."), out);
        assertTrue(out.contains("Book Club: 3 messages added to the group chat " + books + " now"), out);
        assertTrue(out.contains("Made members: " + mamma.jid()), out);
        assertTrue(out.contains("Invited: " + mamma.jid()), out);
        assertTrue(out.contains("Still to come, without an address yet: Papà"), out);
        assertTrue(out.contains("Join link: xmpp:" + family + "?join"), out);
        assertTrue(out.contains("4 of 4 messages confirmed on the server."), out);
        assertTrue(out.contains("3 of 3 messages confirmed on the server."), out);
        assertFalse(out.contains("as notes to yourself (a group chat)"), "groups are not notes: " + out);

        assertEquals(1, invitations.size(), "one XEP-0249 invitation for Mamma");
        GroupChatInvitation invitation = (GroupChatInvitation) invitations.get(0)
                .getExtensionElement(GroupChatInvitation.ELEMENT, GroupChatInvitation.NAMESPACE);
        assertEquals(family.toString(), invitation.getRoomAddress());
        assertEquals(anna.jid(), invitations.get(0).getFrom().asBareJid().toString());

        try (XmppSession session = mamma.open()) {
            RoomInfo info = MultiUserChatManager.getInstanceFor(session.connection()).getRoomInfo(family);
            assertTrue(info.isMembersOnly() && info.isNonanonymous() && info.isPersistent(), "private and kept");
            assertEquals("Famiglia Rossi", info.getName());
            List<ArchivedItem> items = new ArrayList<>();
            new ArchiveReader(session, family).read(null, null, items::add);
            Map<String, String> byText = new TreeMap<>();
            for (ArchivedItem item : items) {
                byText.put(item.body(), item.stamp() + " " + item.from() + " " + item.authorAddress());
            }
            assertEquals(Map.of(
                    "Ciao a tutti", Instant.parse("2019-02-14T09:01:00Z") + " " + family + "/Anna " + anna.jid(),
                    "Ciao tesoro, domenica pranzo da noi", Instant.parse("2019-02-14T09:02:00Z") + " " + family
                            + "/Mamma " + mamma.jid(),
                    "Porto il vino", Instant.parse("2019-02-14T09:03:00Z") + " " + family + "/Papà null",
                    "A domenica!", Instant.parse("2019-02-14T09:05:00Z") + " " + family + "/Anna " + anna.jid()),
                    byText);
        }
        List<ArchivedItem> own = new ArrayList<>();
        try (XmppSession session = anna.open()) {
            new ArchiveReader(session).read(null, null, own::add);
        }
        // Her own archive keeps the two invitations she sent (Mamma, Mira) and none of the groups' messages.
        assertEquals(List.of(), own.stream().filter(item -> item.imported() || item.body() != null).toList());

        CliRun again = CliRun.withInput(anna.password() + "\n", command(prosody, "upload", workspace, anna));
        assertEquals(ExitCodes.OK, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("Famiglia Rossi: the group chat " + family + ", made earlier by Trasloco"),
                again.out());
        assertTrue(again.out().contains("Famiglia Rossi: 0 messages added to the group chat " + family
                + " now, 4 were there already."), again.out());
        assertFalse(again.out().contains("Invited:"), "nobody is invited twice: " + again.out());

        CliRun listed = CliRun.of("groups", "--workspace", workspace.toString(), "--jid", anna.jid(), "--json",
                "--lang", "en");
        assertEquals(ExitCodes.OK, listed.exit(), listed.err());
        JsonNode groups = new ObjectMapper().readTree(listed.out());
        assertEquals(2, groups.size(), listed.out());
        JsonNode first = groups.get(0).get("title").asText().equals("Famiglia Rossi") ? groups.get(0) : groups.get(1);
        assertEquals("room", first.get("where").asText());
        assertEquals(family.toString(), first.get("room").asText());
        assertEquals("xmpp:" + family + "?join", first.get("joinLink").asText());
        assertEquals(mamma.jid(), first.get("members").get(0).get("address").asText());
        assertTrue(first.get("members").get(0).get("invited").asBoolean());
        assertEquals("Papà", first.get("pending").get(0).asText());

        CliRun text = CliRun.of("groups", "--workspace", workspace.toString(), "--jid", anna.jid(), "--lang", "en");
        assertEquals(ExitCodes.OK, text.exit(), text.err());
        assertTrue(text.out().contains("Famiglia Rossi (whatsapp/"), text.out() + "|" + text.err());
        assertTrue(text.out().contains("    Mamma (" + mamma.jid() + "): member, invited"), text.out());
        assertTrue(text.out().contains("    Papà: still to come, no address yet"), text.out());

        // Tomás, skipped at first, is given his address by hand: the next upload makes him a member of
        // the book club and puts his address on his earlier message there (protocol 10.8).
        ArchiveAccount tomas = ArchiveAccount.register(prosody, "tomas");
        assertEquals(ExitCodes.OK, CliRun.of("people", "--workspace", workspace.toString(), "--set",
                "Tomás=" + tomas.jid(), "--lang", "en").exit());
        CliRun later = CliRun.withInput(anna.password() + "\n", command(prosody, "upload", workspace, anna));
        assertEquals(ExitCodes.OK, later.exit(), later.out() + later.err());
        assertTrue(later.out().contains("Made members: " + tomas.jid()), later.out());
        assertTrue(later.out().contains("3 of 3 messages confirmed on the server."), later.out());
        try (XmppSession session = tomas.open()) {
            List<ArchivedItem> club = new ArrayList<>();
            new ArchiveReader(session, books).read(null, null, club::add);
            assertEquals(List.of(tomas.jid()), club.stream().filter(item -> item.body().equals("Again?"))
                    .map(ArchivedItem::authorAddress).toList(), "his earlier message shows his address");
        }
    }

    @Test
    void aRoomOfSomeoneElseIsNeverTakenOver(TestProsody prosody) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(prosody, "anna");
        ArchiveAccount mamma = ArchiveAccount.register(prosody, "mamma");
        ArchiveAccount mira = ArchiveAccount.register(prosody, "mira");
        ArchiveAccount bruno = ArchiveAccount.register(prosody, "bruno");
        Path workspace = workspace(mamma, mira, "Famiglia Bianchi", "Reading Circle");
        EntityBareJid taken = room("famiglia-bianchi");
        try (XmppSession session = bruno.open()) {
            new GroupChats(session).create(taken, "Bruno", "Not Anna's");
        }

        CliRun refused = CliRun.withInput(anna.password() + "\n", command(prosody, "upload", workspace, anna));
        assertEquals(ExitCodes.USAGE, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.out().contains("Famiglia Bianchi: a group chat " + taken
                + " exists already and belongs to someone else"), refused.out());
        assertTrue(refused.err().contains("Trasloco never takes over a group chat that exists already"), refused.err());
        try (XmppSession session = anna.open()) {
            assertEquals(0, new ArchiveReader(session).read(null, null, item -> { }), "nothing was sent");
        }

        CliRun renamed = CliRun.withInput(anna.password() + "\n", command(prosody, "upload", workspace, anna,
                "--room", "Famiglia Bianchi=bianchi-family"));
        assertEquals(ExitCodes.OK, renamed.exit(), renamed.out() + renamed.err());
        assertTrue(renamed.out().contains("Famiglia Bianchi: 4 messages added to the group chat " + room("bianchi-family")),
                renamed.out());
        try (XmppSession session = bruno.open()) {
            assertNull(new GroupChats(session).affiliations(taken).get(anna.jid()), "Bruno's room is as it was");
            assertEquals(0, new ArchiveReader(session, taken).read(null, null, item -> { }));
        }
    }

    /** Anna's WhatsApp family group and Telegram book club (each test its own names: rooms outlive tests), with the people step's decisions. */
    private Path workspace(ArchiveAccount mamma, ArchiveAccount mira, String family, String books) throws Exception {
        Path whatsapp = Files.writeString(dir.resolve("WhatsApp Chat with " + family + ".txt"), FAMILY);
        Path telegram = Files.createDirectories(dir.resolve("Telegram Desktop").resolve("ChatExport_2024-01-01"));
        Files.writeString(telegram.resolve("result.json"), String.format(BOOK_CLUB, books));
        Path workspace = dir.resolve("move.trasloco");
        CliRun imported = CliRun.of("import", whatsapp.toString(), telegram.toString(), "--workspace",
                workspace.toString(), "--zone", "UTC", "--lang", "en");
        assertEquals(ExitCodes.OK, imported.exit(), imported.out() + imported.err());
        CliRun people = CliRun.of("people", "--workspace", workspace.toString(), "--me", "Anna",
                "--set", "Mamma=" + mamma.jid(), "--set", "Papà=invite", "--set", "Mira=" + mira.jid(),
                "--set", "Tomás=skip", "--lang", "en");
        assertEquals(ExitCodes.OK, people.exit(), people.out() + people.err());
        return workspace;
    }

    private static String[] command(TestProsody prosody, String command, Path workspace, ArchiveAccount account,
            String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--workspace", workspace.toString(), "--jid", account.jid(),
                "--host", "127.0.0.1", "--port", String.valueOf(prosody.c2sPort()), "--pin-sha256",
                prosody.pin().display(), "--password-stdin", "--zone", "UTC", "--lang", "en"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static EntityBareJid room(String name) {
        return JidCreate.entityBareFromOrThrowUnchecked(name + "@" + ProsodyConfig.GROUP_CHATS);
    }
}
