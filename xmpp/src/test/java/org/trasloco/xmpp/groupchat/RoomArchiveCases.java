package org.trasloco.xmpp.groupchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.RoomInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.RoomAuthor;
import org.trasloco.xmpp.archive.plan.EntryMaker;
import org.trasloco.xmpp.archive.protocol.ImportRequest;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.MediaLinks;
import org.trasloco.xmpp.archive.protocol.ImportLimits;
import org.trasloco.xmpp.archive.retention.ArchivePolicy;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadListener;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.archive.verify.ArchiveDigest;
import org.trasloco.xmpp.archive.verify.ArchiveDigestProvider;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchiveVerifier;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.archive.verify.DigestRequest;
import org.trasloco.xmpp.archive.verify.ItemDigests;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestServer;

/**
 * A group's history into its room's archive on a real server with the archive-import module on its
 * group-chat service: the room set up as encrypted groups need it, the history read back from the
 * room with its original times, nicknames and real addresses, nothing twice, and no way into a
 * room someone else owns. Each subclass starts one server (Prosody or ejabberd, internal or SQL
 * storage).
 */
abstract class RoomArchiveCases {

    private static final int MESSAGES = 300;

    /** The group-chat service of either test server (Prosody's component, ejabberd's mod_muc). */
    static final String GROUP_CHATS = "conference." + TestServer.DOMAIN;

    @TempDir
    Path dir;

    @Test
    void aGroupsHistoryGoesIntoItsRoomWithOriginalTimesAndNicknames(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        ArchiveAccount mamma = ArchiveAccount.register(server, "mamma");
        EntityBareJid room = room("family");
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 0, 0, MESSAGES);
                XmppSession session = anna.open()) {
            GroupChatService service = GroupChatDiscovery.find(session).orElseThrow();
            assertEquals(GROUP_CHATS, service.address().toString());
            ImportLimits limits = service.imports().orElseThrow();
            assertEquals(ArchivePolicy.Kept.FOREVER, limits.policy().kept(), "an archive kept forever is announced");

            GroupChats chats = new GroupChats(session);
            assertEquals(RoomState.ABSENT, chats.state(room));
            chats.create(room, "Anna Rossi", "Family");
            assertEquals(RoomState.OWNED, chats.state(room));
            RoomInfo info = MultiUserChatManager.getInstanceFor(session.connection()).getRoomInfo(room);
            assertTrue(info.isMembersOnly(), "members only");
            assertTrue(info.isNonanonymous(), "non-anonymous");
            assertTrue(info.isPersistent(), "persistent");
            assertEquals("Family", info.getName());
            chats.addMember(room, mamma.jid(), "Mamma");
            assertEquals("member", chats.affiliations(room).get(mamma.jid()));

            HistoryPlan plan = plan(workspace, anna, room, mamma.jid());
            Map<String, ArchiveEntry> expected = new HashMap<>();
            try (HistoryPlan.Entries entries = plan.open()) {
                entries.forEachRemaining(entry -> expected.put(entry.id(), entry));
            }
            UploadReport first = upload(workspace, anna, plan, room);
            assertEquals(MESSAGES, first.sentNow());
            // The server's digest of the room sums up exactly what was sent, so the read-back needs no MAM paging.
            ItemDigests sent = new ItemDigests();
            expected.values().forEach(sent::add);
            ArchiveDigestProvider.ensureRegistered();
            DigestRequest ask = new DigestRequest(null);
            ask.setTo(room);
            ask.setStanzaId();
            ArchiveDigest digest = session.request(ask, ArchiveMessages.STEP_READ_BACK);
            assertEquals(List.of(new ArchiveDigest.Conversation(room.toString(), MESSAGES, sent.sha256Hex())),
                    digest.conversations());
            VerificationReport report = ArchiveVerifier.ofRoom(session, room).verify(plan, plan.summarize(), null);
            assertTrue(report.complete(), report.details(Locale.ENGLISH).toString());
            assertEquals(MESSAGES, report.confirmed());

            UploadReport second = upload(workspace, anna, plan, room);
            assertEquals(0, second.sentNow(), "a second upload adds nothing");
            assertEquals(MESSAGES, second.alreadyThere());
        }
        // A member reads the room's archive as any app does: in time order, each message under its
        // author's nickname, with the real address of those who are members.
        List<ArchivedItem> items = new ArrayList<>();
        try (XmppSession session = mamma.open()) {
            new ArchiveReader(session, room).read(null, null, items::add);
        }
        assertEquals(MESSAGES, items.size(), "each message once");
        Instant previous = Instant.MIN;
        Map<String, String> addresses = new HashMap<>();
        for (ArchivedItem item : items) {
            assertTrue(item.imported(), "marked as imported");
            assertTrue(!item.stamp().isBefore(previous), "archive order is time order");
            assertTrue(item.stamp().isBefore(Instant.parse("2017-01-01T00:00:00Z")), "original time " + item.stamp());
            previous = item.stamp();
            assertTrue(item.from().startsWith(room + "/"), item.from());
            addresses.put(item.from().substring(room.toString().length() + 1), item.authorAddress());
        }
        assertEquals(anna.jid(), addresses.get("Anna Rossi"));
        assertEquals(mamma.jid(), addresses.get("Mamma"));
        assertTrue(addresses.containsKey("Papà"), addresses.toString());
        assertNull(addresses.get("Papà"), "no address for someone not yet on XMPP");
    }

    @Test
    void aRoomOfSomeoneElseIsNeverTakenOverAndRefusesTheirImport(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        ArchiveAccount bruno = ArchiveAccount.register(server, "bruno");
        EntityBareJid room = room("friends");
        try (XmppSession session = bruno.open()) {
            new GroupChats(session).create(room, "Bruno", "Friends");
        }
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 0, 0, 20);
                XmppSession session = anna.open()) {
            GroupChats chats = new GroupChats(session);
            assertEquals(RoomState.TAKEN, chats.state(room), "someone else's room");
            HistoryPlan plan = plan(workspace, anna, room, null);
            TraslocoException refused = assertThrows(TraslocoException.class, () -> upload(workspace, anna, plan, room));
            assertEquals(ArchiveMessages.IMPORT_ROOM_NOT_OWNER, refused.text().key());
            assertEquals(0, workspace.uploadLedger(room.toString()).counts().acknowledged());
            assertThrows(TraslocoException.class, () -> chats.addMember(room, anna.jid(), "Anna"),
                    "nor can anyone else add members");
        }
        try (XmppSession session = bruno.open()) {
            assertEquals(0, new ArchiveReader(session, room).read(null, null, item -> { }), "the room's archive is untouched");
            assertFalse(new GroupChats(session).affiliations(room).containsKey(anna.jid()));
        }
    }

    @Test
    void theAddressOfAnAuthorWhoIsNoMemberIsRefused(TestServer server) {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        ArchiveAccount stranger = ArchiveAccount.register(server, "stranger");
        EntityBareJid room = room("cousins");
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 0, 0, 10);
                XmppSession session = anna.open()) {
            new GroupChats(session).create(room, "Anna Rossi", "Cousins");
            HistoryPlan plan = plan(workspace, anna, room, stranger.jid());
            TraslocoException refused = assertThrows(TraslocoException.class, () -> upload(workspace, anna, plan, room));
            assertEquals(ArchiveMessages.IMPORT_ROOM_NOT_MEMBER, refused.text().key());
            assertEquals(0, new ArchiveReader(session, room).read(null, null, item -> { }));
        }
    }

    @Test
    void anAuthorWhoJoinsLaterGetsTheirAddressOnTheirEarlierMessagesFromTheOwnerOnly(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        ArchiveAccount mamma = ArchiveAccount.register(server, "mamma");
        EntityBareJid room = room("later");
        try (Workspace workspace = HistoryFixture.create(dir.resolve("w.trasloco"), 0, 0, 30);
                XmppSession session = anna.open()) {
            GroupChats chats = new GroupChats(session);
            chats.create(room, "Anna Rossi", "Family");
            HistoryPlan before = plan(workspace, anna, room, null);
            upload(workspace, anna, before, room);
            List<String> mammas = new ArrayList<>();
            List<String> papas = new ArrayList<>();
            try (HistoryPlan.Entries entries = before.open()) {
                while (entries.hasNext()) {
                    ArchiveEntry entry = entries.next();
                    if (entry.author().nickname().equals("Mamma")) {
                        mammas.add(entry.id());
                    } else if (entry.author().address() == null) {
                        papas.add(entry.id());
                    }
                }
            }
            assertFalse(mammas.isEmpty());
            RoomAuthors authors = new RoomAuthors(session);
            assertTrue(authors.offered(room));
            TraslocoException notMember = assertThrows(TraslocoException.class,
                    () -> authors.attach(room, "Mamma", mamma.jid(), mammas), "only a member's address");
            assertEquals(GroupChatMessages.AUTHOR_REFUSED, notMember.text().key());

            chats.addMember(room, mamma.jid(), "Mamma");
            assertThrows(TraslocoException.class, () -> authors.attach(room, "Mamma", mamma.jid(), papas),
                    "messages under another nickname are not hers");
            try (XmppSession mammaSession = mamma.open()) {
                assertThrows(TraslocoException.class, () -> new RoomAuthors(mammaSession).attach(room, "Mamma", mamma.jid(),
                        mammas), "only the owner changes the room's archive");
            }
            assertEquals(mammas.size(), authors.attach(room, "Mamma", mamma.jid(), mammas));

            HistoryPlan after = plan(workspace, anna, room, mamma.jid());
            VerificationReport report = ArchiveVerifier.ofRoom(session, room).verify(after, after.summarize(), null);
            assertTrue(report.complete(), "her earlier messages carry her address, the rest as it was: " + report);
        }
    }

    @Test
    void aRoomTakesOnlyItsOwnGroupMessagesAndShowsItsDigestOnlyToItsMembers(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        ArchiveAccount stranger = ArchiveAccount.register(server, "stranger");
        EntityBareJid room = room("rules");
        Instant when = Instant.parse("2019-02-14T09:02:00Z");
        try (XmppSession session = anna.open()) {
            new GroupChats(session).create(room, "Anna Rossi", "Rules");
            ArchiveEntry chat = new ArchiveEntry("rules-1", Network.WHATSAPP, "g", when, anna.jid(), room.toString(), "Ciao",
                    List.of(), false);
            StanzaError notGroupchat = refusal(session, room, chat);
            assertEquals(StanzaError.Condition.bad_request, notGroupchat.getCondition(), "only type groupchat");
            EntityBareJid other = room("other");
            ArchiveEntry elsewhere = new ArchiveEntry("rules-2", Network.WHATSAPP, "g", when, other + "/Mamma",
                    other.toString(), "Ciao", List.of(), false, new RoomAuthor("Mamma", null));
            StanzaError notTheRoom = refusal(session, room, elsewhere);
            assertEquals(StanzaError.Condition.jid_malformed, notTheRoom.getCondition(), "from must be this room");
            assertEquals(0, new ArchiveReader(session, room).read(null, null, item -> { }), "nothing was stored");
        }
        try (XmppSession session = stranger.open()) {
            ArchiveDigestProvider.ensureRegistered();
            DigestRequest ask = new DigestRequest(null);
            ask.setTo(room);
            ask.setStanzaId();
            XMPPException.XMPPErrorException refused = assertThrows(XMPPException.XMPPErrorException.class,
                    () -> session.request(ask, ArchiveMessages.STEP_READ_BACK), "a members-only room's digest");
            assertEquals(StanzaError.Condition.forbidden, refused.getStanzaError().getCondition());
        }
    }

    private static StanzaError refusal(XmppSession session, EntityBareJid room, ArchiveEntry entry) {
        ImportRequest request = new ImportRequest(List.of(entry), false);
        request.setTo(room);
        XMPPException.XMPPErrorException error = assertThrows(XMPPException.XMPPErrorException.class,
                () -> session.request(request, ArchiveMessages.STEP_IMPORT));
        return error.getStanzaError();
    }

    /** The fixture's group "Family" as the room shows it: Anna the owner, Mamma (with an address when given), Papà. */
    static HistoryPlan plan(Workspace workspace, ArchiveAccount owner, EntityBareJid room, String mammaAddress) {
        Map<String, RoomAuthor> authors = Map.of(HistoryFixture.ME, new RoomAuthor("Anna Rossi", owner.jid()),
                "Mamma", new RoomAuthor("Mamma", mammaAddress), "Papà", new RoomAuthor(Nicknames.prepared("Papà"), null));
        return new HistoryPlan(workspace, workspace.conversations(), HistoryFixture.ZONE,
                EntryMaker.forRoom(owner.jid(), room.toString(), authors::get, Locale.ENGLISH, MediaLinks.NONE));
    }

    static UploadReport upload(Workspace workspace, ArchiveAccount owner, HistoryPlan plan, EntityBareJid room) {
        return new HistoryUploader(owner::open, workspace.uploadLedger(room.toString()), plan, plan.summarize(),
                UploadSettings.ofRoom(room.toString()), new UploadControl(), UploadListener.NONE).run();
    }

    static EntityBareJid room(String prefix) {
        return JidCreate.entityBareFromOrThrowUnchecked(TestAccounts.uniqueName(prefix) + "@" + GROUP_CHATS);
    }
}
