package org.trasloco.importers.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.ContactDecision;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.ids.MessageIdGenerator;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.workspace.SourceImport;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.whatsapp.WhatsAppReader;

/** The people step over a real workspace, with WhatsApp chats read by the real reader. */
class PeopleTest {

    static final String FAMILY = """
            14/02/2024, 09:00 - Mamma created group "Family"
            14/02/2024, 09:01 - Mamma: Pranzo domenica?
            14/02/2024, 09:02 - Jess: Sì!
            14/02/2024, 09:03 - Mamma: Porto il tiramisù
            14/02/2024, 09:04 - Zio Beppe: Ci sono anch'io
            """;
    static final String COUSINS = """
            01/03/2024, 18:00 - ‪+39 333 123 4567‬: Ciao ragazzi, sono la zia... no, la mamma di Jess
            01/03/2024, 18:01 - Jess: ahah ciao mamma
            01/03/2024, 18:02 - Ada: 😂
            """;
    static final String SCHOOL = """
            10/03/2024, 08:00 - ~ Mamma: Domani gita
            10/03/2024, 08:05 - Jess: ok
            10/03/2024, 08:06 - Piera: grazie
            """;

    @TempDir
    Path dir;
    Workspace workspace;

    @BeforeEach
    void importChats() throws IOException {
        workspace = Workspace.open(dir.resolve("move.trasloco"));
        importWhatsApp("Family", FAMILY);
        importWhatsApp("Cousins", COUSINS);
        importWhatsApp("School parents", SCHOOL);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyoneBecomesOnePersonOnceThePhoneBookIsLoadedAndTheRestOfThePhoneBookIsNotKept() throws Exception {
        People people = People.open(workspace, "IT", Locale.ITALY);
        Roster before = people.refresh();
        assertEquals(List.of("Jess", "Mamma", "+39 333 123 4567", "Ada", "Piera", "Zio Beppe"), names(before));
        assertEquals(List.of("Family", "School parents"), person(before, "Mamma").conversations());

        People.PhoneBookLoad load = people.loadVCard(fixture("android-2.1-quoted-printable.vcf"));
        assertEquals(new People.PhoneBookLoad(5, 1), load);
        assertEquals(List.of("Mammà"), workspace.people().phoneBook().stream().map(k -> k.entry().name()).toList());

        Roster after = people.refresh();
        assertEquals(List.of("Mammà", "Jess", "Ada", "Piera", "Zio Beppe"), names(after));
        Person mamma = person(after, "Mammà");
        assertEquals(List.of("Mamma", "+39 333 123 4567"), mamma.contact().aliases());
        assertEquals(List.of("+39061234567", "+393331234567"), mamma.contact().phones());
        assertEquals(List.of("Family", "Cousins", "School parents"), mamma.conversations(), "most messages, then by title");
        assertEquals(4, mamma.messages());
        assertEquals(person(before, "Mamma").contact().id(), mamma.contact().id(), "the contact continues");
        assertEquals(workspace.contacts().size(), 5);
    }

    @Test
    void theUserIsFoundAsThePersonInEveryChatAndCanBeCorrected() {
        People people = People.open(workspace, "IT", Locale.ITALY);
        Roster roster = people.refresh();
        assertEquals(Roster.MeBasis.EVERY_CHAT, roster.meBasis());
        assertEquals("Jess", roster.me().orElseThrow().name());
        assertEquals(Decision.ME, person(roster, "Jess").contact().decision());

        people.confirmMe(person(roster, "Ada"));
        Roster corrected = people.refresh();
        assertEquals(Roster.MeBasis.CONFIRMED, corrected.meBasis());
        assertEquals("Ada", corrected.me().orElseThrow().name());
        assertEquals(Decision.UNDECIDED, person(corrected, "Jess").contact().decision());
    }

    @Test
    void theExportOwnerOutranksTheGuessAndBringsTheTelegramSide() {
        try (SourceImport importing = workspace.beginImport(Network.TELEGRAM, "DataExport_2024-05-01")) {
            Conversation chat = new Conversation(Network.TELEGRAM, "55", "Ada", ConversationKind.DIRECT);
            importing.owner(new PhoneBookEntry("Piera Neri", List.of("+39 347 000 1111"), "user1"));
            importing.phoneBookEntry(new PhoneBookEntry("Ada", List.of("+39 340 555 6666"), "user2"));
            importing.phoneBookEntry(new PhoneBookEntry("Dentista", List.of("+39 06 555 1234"), "user3"));
            importing.beginConversation(chat);
            importing.message(message(Network.TELEGRAM, "55", "Piera Neri", "ciao Ada"));
            importing.message(message(Network.TELEGRAM, "55", "Ada", "ciao!"));
            importing.endConversation(chat, List.of(new Participant("Piera Neri", "user1", null, true, 1),
                    new Participant("Ada", "user2", null, true, 1)));
            importing.commit();
        }
        Roster roster = People.open(workspace, "IT", Locale.ITALY).refresh();
        assertEquals(Roster.MeBasis.EXPORT_OWNER, roster.meBasis());
        Person me = roster.me().orElseThrow();
        assertEquals("Piera Neri", me.name());
        assertEquals(List.of(), me.contact().aliases(), "WhatsApp's Piera has another name: not joined");
        assertEquals(List.of("user1"), me.contact().platformIds());
        Person ada = person(roster, "Ada");
        assertEquals(List.of("user2"), ada.contact().platformIds());
        assertEquals(List.of("+393405556666"), ada.contact().phones());
        assertEquals(List.of("Ada", "Cousins"), ada.conversations());
        assertEquals(1, workspace.people().phoneBook().size(), "the dentist is not kept");
    }

    @Test
    void decisionsSurviveNewPhoneBooksAndMeetingDecisionsAreReported() throws Exception {
        People people = People.open(workspace, "IT", Locale.ITALY);
        Roster roster = people.refresh();
        long mamma = person(roster, "Mamma").contact().id();
        long number = person(roster, "+39 333 123 4567").contact().id();
        people.decide(List.of(new ContactDecision(mamma, Decision.INVITE, null),
                new ContactDecision(number, Decision.KNOWN, "mamma@example.org")));
        assertEquals(Decision.INVITE, person(people.refresh(), "Mamma").contact().decision());

        people.loadVCard(fixture("android-2.1-quoted-printable.vcf"));
        Roster merged = people.refresh();
        Contact one = person(merged, "Mammà").contact();
        assertEquals(Decision.KNOWN, one.decision(), "a known address outranks an invite");
        assertEquals("mamma@example.org", one.xmppAddress());
        assertEquals(1, merged.notes().size());
        assertEquals("Mamma e +39 333 123 4567 sono risultati la stessa persona, con due scelte diverse. "
                + "È stata tenuta la scelta fatta per +39 333 123 4567: controllala.", merged.notes().get(0).format(Locale.ITALIAN));
        assertEquals(List.of(), people.refresh().notes(), "said once");
    }

    @Test
    void theUserMergesAndSplitsPeople() {
        People people = People.open(workspace, "IT", Locale.ITALY);
        Roster roster = people.refresh();
        people.merge(person(roster, "Mamma"), person(roster, "+39 333 123 4567"));
        Roster merged = people.refresh();
        assertEquals(List.of("Mamma", "Jess", "Ada", "Piera", "Zio Beppe"), names(merged));

        PersonLookup lookup = new PersonLookup(merged, people.numbers());
        assertTrue(people.split(lookup.find("mamma"), lookup.participantsNamed("Mamma", "School parents")));
        Roster split = people.refresh();
        assertEquals(List.of("Jess", "Mamma", "Ada", "Mamma", "Piera", "Zio Beppe"), names(split));
        assertEquals(List.of("School parents"), split.people().get(3).conversations());
        PersonLookup again = new PersonLookup(split, people.numbers());
        assertEquals(2, again.candidates("MAMMA").size());
        assertEquals(split.people().get(3), again.find("#" + split.people().get(3).contact().id()));
        assertEquals("Mamma", again.find("0039 333 1234567").name());
        assertFalse(people.split(split.people().get(3), lookup.participantsNamed("Mamma", "School parents")),
                "already a person of their own");
    }

    @Test
    void theRegionGivenOnceIsRememberedAndOtherwiseComesFromTheLocale() {
        assertEquals("FR", People.open(workspace, null, Locale.FRANCE).numbers().region());
        assertEquals("DE", People.open(workspace, "de", Locale.FRANCE).numbers().region());
        assertEquals("DE", People.open(workspace, null, Locale.ITALY).numbers().region());
    }

    static List<String> names(Roster roster) {
        return roster.people().stream().map(Person::name).toList();
    }

    static Person person(Roster roster, String name) {
        return roster.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    static Path fixture(String name) throws Exception {
        return Paths.get(PeopleTest.class.getResource(name).toURI());
    }

    private void importWhatsApp(String chat, String text) throws IOException {
        Path file = Files.writeString(dir.resolve("WhatsApp Chat with " + chat + ".txt"), text, StandardCharsets.UTF_8);
        try (SourceImport importing = workspace.beginImport(Network.WHATSAPP, file.toString())) {
            new WhatsAppReader().read(file, ReadOptions.defaults(), importing, ProgressListener.NONE, Cancellation.NEVER);
            importing.commit();
        }
    }

    private static int sequence;

    private static Message message(Network network, String chat, String author, String text) {
        java.time.LocalDateTime time = java.time.LocalDateTime.of(2024, 5, 1, 10, 0).plusMinutes(sequence);
        return Message.builder().id(new MessageIdGenerator(network, chat).next(time, author, text)).conversationKey(chat)
                .sequence(sequence++).timestamp(time).author(author).text(text).build();
    }
}
