package org.trasloco.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.ContactDraft;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.ExportOwner;
import org.trasloco.core.contacts.KeptPhoneBookEntry;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.contacts.ParticipantLink;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.contacts.SystemLine;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.ids.MessageIdGenerator;

/** The people tables: what the Telegram importer hands over, contacts, decisions and corrections. */
class PeopleStoreTest {

    private static final Conversation FAMILY = new Conversation(Network.WHATSAPP, "Family", "Family", ConversationKind.GROUP);
    private static final Conversation FRIENDS =
            new Conversation(Network.TELEGRAM, "123", "Friends", ConversationKind.GROUP);
    private static final ParticipantKey MAMMA = new ParticipantKey(Network.WHATSAPP, "Family", "Mamma");
    private static final ParticipantKey JESS = new ParticipantKey(Network.WHATSAPP, "Family", "Jess");
    private static final ParticipantKey PIOTR = new ParticipantKey(Network.TELEGRAM, "123", "Piotr");

    @TempDir
    Path dir;

    @Test
    void aTelegramContactListKeepsOnlyThePeopleOfTheHistoryAndNothingElseReachesTheFile() throws IOException {
        Path file = dir.resolve("w.trasloco");
        try (Workspace workspace = Workspace.open(file)) {
            importFamily(workspace);
            try (SourceImport importing = workspace.beginImport(Network.TELEGRAM, "DataExport_2024-05-01")) {
                importing.owner(new PhoneBookEntry("Jess Moreau", List.of("+39 347 000 1111"), "user1"));
                importing.phoneBookEntry(new PhoneBookEntry("Piotr Nowak", List.of("+48 600 700 800"), "user4711"));
                importing.phoneBookEntry(new PhoneBookEntry("Mamma", List.of("+39 333 123 4567"), null));
                importing.phoneBookEntry(new PhoneBookEntry("Dentist Rossi", List.of("+39 06 5555 1234"), "user99"));
                importing.phoneBookEntry(new PhoneBookEntry("Zia Carla", List.of("+39 340 987 6543"), null));
                importing.beginConversation(FRIENDS);
                importing.message(message(Network.TELEGRAM, "123", "Piotr", "cześć", 0));
                importing.endConversation(FRIENDS, List.of(new Participant("Piotr", "user4711", null, true, 1)));
                importing.commit();
            }
            List<KeptPhoneBookEntry> kept = workspace.people().phoneBook();
            assertEquals(List.of("Piotr Nowak", "Mamma"), kept.stream().map(k -> k.entry().name()).toList());
            assertEquals("telegram:DataExport_2024-05-01", kept.get(0).origin());
            assertEquals(List.of("+48 600 700 800"), kept.get(0).entry().phones());
            assertEquals(List.of(new ExportOwner(Network.TELEGRAM,
                    new PhoneBookEntry("Jess Moreau", List.of("+39 347 000 1111"), "user1"))),
                    workspace.people().exportOwners());
        }
        String bytes = readAll(dir);
        assertFalse(bytes.contains("Dentist") || bytes.contains("5555 1234") || bytes.contains("Zia Carla")
                || bytes.contains("987 6543"), "entries matching nobody never reach the disk");
        assertTrue(bytes.contains("Piotr Nowak"), "the check above reads the file's text");
    }

    @Test
    void aPhoneBookAndAnOwnerOfAnImportThatIsNotCommittedAreNotKept() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            importFamily(workspace);
            try (SourceImport importing = workspace.beginImport(Network.TELEGRAM, "broken")) {
                importing.owner(new PhoneBookEntry("Jess", List.of(), "user1"));
                importing.phoneBookEntry(new PhoneBookEntry("Mamma", List.of(), null));
            }
            assertEquals(List.of(), workspace.people().phoneBook());
            assertEquals(List.of(), workspace.people().exportOwners());
        }
    }

    @Test
    void keepingAPhoneBookAgainReplacesWhatCameFromTheSameOrigin() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            importFamily(workspace);
            PeopleStore people = workspace.people();
            assertEquals(1, people.keepPhoneBook("vcard:phone.vcf", List.of(
                    new PhoneBookEntry("Mamma", List.of("333 123 4567"), null),
                    new PhoneBookEntry("Someone", List.of("+1 202 555 0100"), null))));
            assertEquals(1, people.keepPhoneBook("vcard:other.vcf", List.of(new PhoneBookEntry("JESS", List.of(), null))));
            assertEquals(1, people.keepPhoneBook("vcard:phone.vcf", List.of(
                    new PhoneBookEntry("Mamma", List.of("+39 333 123 4567", "06 123 456"), null))));
            List<KeptPhoneBookEntry> kept = people.phoneBook();
            assertEquals(List.of("JESS", "Mamma"), kept.stream().map(k -> k.entry().name()).toList());
            assertEquals(List.of("+39 333 123 4567", "06 123 456"), kept.get(1).entry().phones());
            people.forgetPhoneBookEntries(List.of(kept.get(0).id()));
            assertEquals(1, people.phoneBook().size());
        }
    }

    @Test
    void participantsComeWithTheirConversationAndMessageCounts() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            importFamily(workspace);
            List<ChatParticipant> participants = workspace.people().participants();
            assertEquals(List.of(
                    new ChatParticipant(JESS, "Family", ConversationKind.GROUP, new Participant("Jess", null, null, true, 1)),
                    new ChatParticipant(MAMMA, "Family", ConversationKind.GROUP,
                            new Participant("Mamma", null, null, true, 2))), participants);
            assertEquals(List.of(new SystemLine(Network.WHATSAPP, "Family", "Mamma added Zia")),
                    workspace.people().systemLines(Network.WHATSAPP));
            assertEquals(List.of(), workspace.people().systemLines(Network.TELEGRAM));
        }
    }

    @Test
    void contactsAreSavedWithTheirDetailsAndContinuedByIdWhileTheOthersGo() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            importFamily(workspace);
            PeopleStore people = workspace.people();
            assertEquals(List.of(), workspace.contacts());
            List<Contact> first = people.saveContacts(List.of(
                    new ContactDraft(0, "Mamma", List.of("Mum"), List.of("+393331234567"), List.of(), null,
                            Decision.UNDECIDED, List.of(MAMMA)),
                    new ContactDraft(0, "Jess", List.of(), List.of(), List.of("user1"), "jess@example.org",
                            Decision.KNOWN, List.of(JESS))));
            assertEquals(first, workspace.contacts());
            assertEquals(Map.of(MAMMA, first.get(0).id(), JESS, first.get(1).id()), people.memberships());
            // The people are one after all: Jess's contact continues, Mamma's goes.
            List<Contact> second = people.saveContacts(List.of(new ContactDraft(first.get(1).id(), "Jess",
                    List.of("Mamma"), List.of(), List.of("user1"), "jess@example.org", Decision.KNOWN, List.of(MAMMA, JESS))));
            assertEquals(List.of(new Contact(first.get(1).id(), "Jess", List.of("Mamma"), List.of(), List.of("user1"),
                    "jess@example.org", Decision.KNOWN)), workspace.contacts());
            assertEquals(second, workspace.contacts());
            assertThrows(IllegalArgumentException.class, () -> people.saveContacts(List.of(new ContactDraft(
                    first.get(0).id(), "gone", List.of(), List.of(), List.of(), null, Decision.SKIP, List.of(MAMMA)))));
            assertEquals(second, workspace.contacts(), "a failed save changes nothing");
        }
    }

    @Test
    void decisionsAreAllOrNothingAndOnlyOneContactIsTheUser() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            importFamily(workspace);
            PeopleStore people = workspace.people();
            List<Contact> saved = people.saveContacts(List.of(
                    new ContactDraft(0, "Mamma", List.of(), List.of(), List.of(), null, Decision.UNDECIDED, List.of(MAMMA)),
                    new ContactDraft(0, "Jess", List.of(), List.of(), List.of(), null, Decision.UNDECIDED, List.of(JESS))));
            long mamma = saved.get(0).id();
            long jess = saved.get(1).id();
            people.decide(List.of(new ContactDecision(mamma, Decision.ME, null)));
            people.decide(List.of(new ContactDecision(jess, Decision.ME, null)));
            assertEquals(List.of(Decision.UNDECIDED, Decision.ME), workspace.contacts().stream().map(Contact::decision).toList());
            assertThrows(IllegalArgumentException.class, () -> people.decide(List.of(
                    new ContactDecision(mamma, Decision.KNOWN, "mamma@example.org"),
                    new ContactDecision(999, Decision.SKIP, null))));
            assertEquals(Decision.UNDECIDED, workspace.contacts().get(0).decision(), "nothing changed");
            people.decide(List.of(new ContactDecision(mamma, Decision.KNOWN, "mamma@example.org")));
            assertEquals("mamma@example.org", workspace.contacts().get(0).xmppAddress());
            assertThrows(IllegalArgumentException.class, () -> new ContactDecision(mamma, Decision.INVITE, "x@y.z"));
        }
    }

    @Test
    void correctionsReplaceEarlierOnesBetweenTheSamePair() {
        try (Workspace workspace = Workspace.open(dir.resolve("w.trasloco"))) {
            importFamily(workspace);
            PeopleStore people = workspace.people();
            people.link(List.of(new ParticipantLink(MAMMA, JESS, false)));
            people.link(List.of(new ParticipantLink(JESS, MAMMA, true)));
            assertEquals(List.of(new ParticipantLink(JESS, MAMMA, true)), people.links());
            people.unlink(List.of(new ParticipantLink(MAMMA, JESS, false)));
            assertEquals(List.of(), people.links());
        }
    }

    @Test
    void aVersion1WorkspaceIsMigratedWithItsHistoryIntact() throws Exception {
        Path file = dir.resolve("old.trasloco");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                InputStream script = SchemaMigrator.class.getResourceAsStream("V1__history.sql")) {
            String sql = new String(script.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            for (String each : sql.split(";")) {
                if (!each.isBlank()) {
                    statement.execute(each);
                }
            }
            statement.execute("PRAGMA application_id = " + SchemaMigrator.APPLICATION_ID);
            statement.execute("PRAGMA user_version = 1");
            statement.execute("INSERT INTO conversations (network, key, title, kind) VALUES ('whatsapp', 'Family', 'Family', 'group')");
            statement.execute("INSERT INTO participants VALUES (1, 'Mamma', NULL, NULL, 1)");
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertEquals(SchemaMigrator.latestVersion(), workspace.schemaVersion());
            assertEquals(1, workspace.people().participants().size());
            assertEquals(List.of(), workspace.contacts());
        }
    }

    private static void importFamily(Workspace workspace) {
        try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, "WhatsApp Chat with Family.txt")) {
            importing.beginConversation(FAMILY);
            importing.message(message(Network.WHATSAPP, "Family", "Mamma", "ciao", 0));
            importing.message(Message.builder().id("00000000000000000000000000000001").conversationKey("Family")
                    .sequence(1).timestamp(LocalDateTime.of(2024, 1, 1, 10, 1)).kind(MessageKind.SYSTEM)
                    .text("Mamma added Zia").build());
            importing.message(message(Network.WHATSAPP, "Family", "Mamma", "a cena?", 2));
            importing.message(message(Network.WHATSAPP, "Family", "Jess", "sì", 3));
            importing.endConversation(FAMILY, List.of(new Participant("Mamma", null, null, true, 2),
                    new Participant("Jess", null, null, true, 1)));
            importing.commit();
        }
    }

    private static Message message(Network network, String conversation, String author, String text, int minute) {
        LocalDateTime time = LocalDateTime.of(2024, 1, 1, 10, 0).plusMinutes(minute);
        return Message.builder().id(new MessageIdGenerator(network, conversation).next(time, author, text))
                .conversationKey(conversation).sequence(minute).timestamp(time).author(author).text(text).build();
    }

    /** The workspace file and any journal beside it, as text. */
    private static String readAll(Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path each : files.toList()) {
                text.append(new String(Files.readAllBytes(each), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
