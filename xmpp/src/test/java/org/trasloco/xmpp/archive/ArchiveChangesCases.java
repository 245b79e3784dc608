package org.trasloco.xmpp.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.ping.packet.Ping;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.core.history.Network;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;
import org.trasloco.xmpp.archive.protocol.ChangeResult;
import org.trasloco.xmpp.archive.protocol.ChangeResultProvider;
import org.trasloco.xmpp.archive.protocol.ImportDiscovery;
import org.trasloco.xmpp.archive.protocol.ImportLimits;
import org.trasloco.xmpp.archive.protocol.ImportRequest;
import org.trasloco.xmpp.archive.protocol.ImportResultProvider;
import org.trasloco.xmpp.archive.protocol.ReaddressRequest;
import org.trasloco.xmpp.archive.protocol.ReplaceRequest;
import org.trasloco.xmpp.archive.people.PlaceholderAddress;
import org.trasloco.xmpp.archive.verify.ArchiveReader;
import org.trasloco.xmpp.archive.verify.ArchivedItem;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.testing.ArchiveAccount;
import org.trasloco.xmpp.testing.TestServer;

/**
 * Changing imported items (protocol section 9), the same on every server and storage: an invited
 * person's history moves from its placeholder to their real address, exactly those messages and
 * nothing else; a message replaced with a new version keeps its place and date; live messages and
 * other people's archives cannot be changed, not even with a forged marker. Each subclass starts one
 * server with the module.
 */
abstract class ArchiveChangesCases {

    private static final String PLACEHOLDER = PlaceholderAddress.of(Network.WHATSAPP, "Carla Neri");

    static {
        ImportResultProvider.ensureRegistered();
        ChangeResultProvider.ensureRegistered();
    }

    @Test
    void theServerAdvertisesBothChanges(TestServer server) {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        try (XmppSession session = anna.open()) {
            ImportLimits limits = ImportDiscovery.discover(session).orElseThrow();
            assertEquals(new ImportLimits.Changes(true, true), limits.changes());
            assertEquals(2000, limits.maxReaddressItems());
        }
    }

    @Test
    void reAddressingMovesExactlyThePlaceholdersItems(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        String carla = "carla@" + server.domain();
        List<ArchiveEntry> history = List.of(
                entry("c1", 0, anna.jid(), PLACEHOLDER, "Ciao Carla"),
                entry("b1", 1, "bruno@example.org", anna.jid(), "Hi from Bruno"),
                entry("c2", 2, PLACEHOLDER, anna.jid(), "Ciao! Come stai?"),
                entry("c3", 3, anna.jid(), PLACEHOLDER, "Bene, e tu?"),
                entry("b2", 4, anna.jid(), "bruno@example.org", "See you"));
        try (XmppSession session = anna.open()) {
            session.request(new ImportRequest(history, false), ArchiveMessages.STEP_IMPORT);

            ChangeResult moved = session.request(new ReaddressRequest(PLACEHOLDER, carla, List.of("c1", "c2", "c3")),
                    ArchiveMessages.STEP_IMPORT);
            assertEquals(3, moved.count("moved"));
            assertEquals(List.of("c1", "c2", "c3"), moved.items().stream().map(ChangeResult.Item::id).toList());

            List<ArchivedItem> items = read(session, null);
            assertEquals(List.of("c1", "b1", "c2", "c3", "b2"), items.stream().map(ArchivedItem::originId).toList(),
                    "the same items in the same order");
            assertEquals(anna.jid() + "|" + carla, items.get(0).from() + "|" + items.get(0).to());
            assertEquals(carla + "|" + anna.jid(), items.get(2).from() + "|" + items.get(2).to());
            assertEquals("Ciao! Come stai?", items.get(2).body(), "the text stays");
            assertTrue(items.get(2).imported(), "still marked as imported");
            assertEquals(Instant.parse("2016-03-01T09:02:00Z"), items.get(2).stamp().truncatedTo(
                    java.time.temporal.ChronoUnit.SECONDS), "the date stays");
            assertEquals("bruno@example.org|" + anna.jid(), items.get(1).from() + "|" + items.get(1).to(),
                    "Bruno's messages are untouched");
            assertEquals(3, read(session, carla).size(), "MAM finds them under Carla");
            assertEquals(0, read(session, PLACEHOLDER).size(), "and no more under the placeholder");
            assertEquals(2, read(session, "bruno@example.org").size());

            ChangeResult again = session.request(new ReaddressRequest(PLACEHOLDER, carla, List.of("c1", "c2", "c3")),
                    ArchiveMessages.STEP_IMPORT);
            assertEquals(3, again.count("unchanged"), "sent again after a lost answer: nothing to do");
        }
        checkDigest(anna, carla, List.of(
                entry("c1", 0, anna.jid(), carla, "Ciao Carla"),
                entry("c2", 2, carla, anna.jid(), "Ciao! Come stai?"),
                entry("c3", 3, anna.jid(), carla, "Bene, e tu?")));
    }

    /**
     * Where the server offers the digest: it reads the change at once.
     *
     * @param account whose archive
     * @param with the correspondent
     * @param expected what the archive should hold under them
     */
    abstract void checkDigest(ArchiveAccount account, String with, List<ArchiveEntry> expected) throws Exception;

    @Test
    void aMessageFiledUnderSomeoneElseRefusesTheWholeRequest(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        try (XmppSession session = anna.open()) {
            session.request(new ImportRequest(List.of(
                    entry("p1", 0, anna.jid(), PLACEHOLDER, "one"),
                    entry("q1", 1, anna.jid(), "dario@example.org", "two")), false), ArchiveMessages.STEP_IMPORT);
            StanzaError conflict = refusal(session, new ReaddressRequest(PLACEHOLDER, "carla@example.org",
                    List.of("p1", "q1")));
            assertEquals(StanzaError.Condition.conflict, conflict.getCondition());
            assertNotNull(conflict.getExtension("other-correspondent", ArchiveImport.NAMESPACE));

            StanzaError toMyself = refusal(session, new ReaddressRequest(PLACEHOLDER, anna.jid(), List.of("p1")));
            assertEquals(StanzaError.Condition.bad_request, toMyself.getCondition());

            StanzaError unknown = refusal(session, new ReaddressRequest(PLACEHOLDER, "carla@example.org",
                    List.of("p1", "never-imported")));
            assertEquals(StanzaError.Condition.item_not_found, unknown.getCondition());
            assertNotNull(unknown.getExtension("not-imported", ArchiveImport.NAMESPACE));

            List<ArchivedItem> items = read(session, null);
            assertEquals(PLACEHOLDER, items.get(0).to(), "nothing changed");
            assertEquals("dario@example.org", items.get(1).to());
        }
    }

    @Test
    void aLiveMessageCannotBeChangedEvenWithAForgedMarker(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        ArchiveAccount bob = ArchiveAccount.register(server, "bob");
        try (XmppSession session = bob.open()) {
            Message live = StanzaBuilder.buildMessage("live-1").to(JidCreate.entityBareFrom(anna.jid()))
                    .ofType(Message.Type.chat).setBody("a real message from Bob")
                    .addExtension(StandardExtensionElement.builder("origin-id", "urn:xmpp:sid:0")
                            .addAttribute("id", "live-1").build())
                    .addExtension(new StandardExtensionElement(ArchiveImport.MARKER, ArchiveImport.NAMESPACE))
                    .build();
            session.connection().sendStanza(live);
            // Stanzas of one stream are handled in order: once the ping is answered, the message is archived.
            session.request(new Ping(session.connection().getXMPPServiceDomain()), ArchiveMessages.STEP_IMPORT);
        }
        try (XmppSession session = anna.open()) {
            List<ArchivedItem> before = read(session, null);
            assertEquals(1, before.size());
            ArchivedItem live = before.get(0);
            assertFalse(live.imported(), "the server removed the forged marker before archiving");

            for (String key : new String[] {live.archiveId(), live.originId()}) {
                StanzaError readdress = refusal(session, new ReaddressRequest(bob.jid(), "mallory@example.org",
                        List.of(key)));
                assertEquals(StanzaError.Condition.item_not_found, readdress.getCondition(), key);
                assertNotNull(readdress.getExtension("not-imported", ArchiveImport.NAMESPACE));

                ArchiveEntry forged = new ArchiveEntry(key, Network.WHATSAPP, "chat", Instant.parse("2016-03-01T09:00:00Z"),
                        bob.jid(), anna.jid(), "Bob never wrote this", List.of(), false);
                StanzaError replace = refusal(session, new ReplaceRequest(List.of(forged)));
                assertEquals(StanzaError.Condition.item_not_found, replace.getCondition(), key);
            }
            List<ArchivedItem> after = read(session, null);
            assertEquals(List.of(live), after, "the live message is as it was");
        }
    }

    @Test
    void anotherUsersArchiveCannotBeChanged(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        ArchiveAccount bob = ArchiveAccount.register(server, "bob");
        try (XmppSession session = bob.open()) {
            session.request(new ImportRequest(List.of(entry("bob1", 0, bob.jid(), PLACEHOLDER, "mine")), false),
                    ArchiveMessages.STEP_IMPORT);
        }
        try (XmppSession session = anna.open()) {
            ReaddressRequest toBob = new ReaddressRequest(PLACEHOLDER, "mallory@example.org", List.of("bob1"));
            toBob.setTo(JidCreate.entityBareFrom(bob.jid()));
            refusal(session, toBob);
            ReplaceRequest replaceBobs = new ReplaceRequest(List.of(entry("bob1", 0, bob.jid(), PLACEHOLDER, "forged")));
            replaceBobs.setTo(JidCreate.entityBareFrom(bob.jid()));
            refusal(session, replaceBobs);
            StanzaError notMine = refusal(session, new ReaddressRequest(PLACEHOLDER, "mallory@example.org",
                    List.of("bob1")));
            assertEquals(StanzaError.Condition.item_not_found, notMine.getCondition(), "anna's archive has no bob1");
        }
        try (XmppSession session = bob.open()) {
            List<ArchivedItem> items = read(session, null);
            assertEquals(1, items.size());
            assertEquals(PLACEHOLDER, items.get(0).to(), "bob's archive is untouched");
            assertEquals("mine", items.get(0).body());
        }
    }

    @Test
    void aReplacedMessageKeepsItsPlaceAndDate(TestServer server) throws Exception {
        ArchiveAccount anna = ArchiveAccount.register(server, "anna");
        try (XmppSession session = anna.open()) {
            session.request(new ImportRequest(List.of(
                    entry("m1", 0, anna.jid(), "bruno@example.org", "Look"),
                    entry("m2", 1, anna.jid(), "bruno@example.org", "\ud83d\udcce IMG-20160301-WA0001.jpg"),
                    entry("m3", 2, "bruno@example.org", anna.jid(), "Nice!")), false), ArchiveMessages.STEP_IMPORT);
            String link = "https://upload.example.org/K2x9/IMG-20160301-WA0001.jpg";
            ArchiveEntry withPhoto = new ArchiveEntry("m2", Network.WHATSAPP, "chat", at(1), anna.jid(), "bruno@example.org",
                    link, List.of(link), false);
            ChangeResult replaced = session.request(new ReplaceRequest(List.of(withPhoto)), ArchiveMessages.STEP_IMPORT);
            assertEquals(1, replaced.count("replaced"));

            List<ArchivedItem> items = read(session, null);
            assertEquals(List.of("m1", "m2", "m3"), items.stream().map(ArchivedItem::originId).toList());
            assertEquals(link, items.get(1).body());
            assertEquals(List.of(link), items.get(1).links());
            assertTrue(items.get(1).imported());
            assertEquals(at(1), items.get(1).stamp().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

            session.request(new ReplaceRequest(List.of(withPhoto)), ArchiveMessages.STEP_IMPORT);
            assertEquals(items, read(session, null), "sending it again changes nothing");
        }
    }

    static List<ArchivedItem> read(XmppSession session, String with) {
        List<ArchivedItem> items = new ArrayList<>();
        new ArchiveReader(session).read(with, null, items::add);
        return items;
    }

    static StanzaError refusal(XmppSession session, IQ request) {
        XMPPException.XMPPErrorException error = assertThrows(XMPPException.XMPPErrorException.class,
                () -> session.request(request, ArchiveMessages.STEP_IMPORT));
        return error.getStanzaError();
    }

    static Instant at(int minute) {
        return Instant.parse("2016-03-01T09:00:00Z").plusSeconds(60L * minute);
    }

    static ArchiveEntry entry(String id, int minute, String from, String to, String body) {
        return new ArchiveEntry(id, Network.WHATSAPP, "chat", at(minute), from, to, body, List.of(), false);
    }
}
