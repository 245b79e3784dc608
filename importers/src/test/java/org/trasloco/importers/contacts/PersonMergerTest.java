package org.trasloco.importers.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.ExportOwner;
import org.trasloco.core.contacts.KeptPhoneBookEntry;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.contacts.ParticipantLink;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;

/** Merging participants into people: by number, Telegram id and name, with the user's corrections. */
class PersonMergerTest {

    private final PersonMerger merger = new PersonMerger(PhoneNumbers.inRegion("IT"));

    static ChatParticipant whatsApp(String chat, String name, boolean saved, long messages) {
        String phone = name.matches("\\+[0-9 ]+") ? name.replace(" ", "") : null;
        return new ChatParticipant(new ParticipantKey(Network.WHATSAPP, chat, name), chat, ConversationKind.GROUP,
                new Participant(name, null, phone, saved, messages));
    }

    static ChatParticipant telegram(String chatId, String title, String name, String userId, long messages) {
        return new ChatParticipant(new ParticipantKey(Network.TELEGRAM, chatId, name), title, ConversationKind.GROUP,
                new Participant(name, userId, null, true, messages));
    }

    static KeptPhoneBookEntry vcard(long id, String name, String... phones) {
        return new KeptPhoneBookEntry(id, "vcard:phone.vcf", new PhoneBookEntry(name, List.of(phones), null));
    }

    /** Each group as the sorted "chat/name" of its members. */
    private static Set<String> people(MergeResult result) {
        return result.groups().stream()
                .map(g -> g.members().stream().map(m -> m.key().conversationKey() + "/" + m.key().name())
                        .sorted().collect(Collectors.joining(" + ")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void mammaHerNumberAndTheNonContactMammaAreOnePersonOnceThePhoneBookIsLoaded() {
        List<ChatParticipant> participants = List.of(
                whatsApp("Family", "Mamma", true, 120),
                whatsApp("Cousins", "+39 333 123 4567", false, 4),
                whatsApp("School parents", "Mamma", false, 7), // "~ Mamma": the reader removed the ~
                whatsApp("Family", "Jess", true, 300));
        assertEquals(Set.of("Cousins/+39 333 123 4567", "Family/Jess", "Family/Mamma + School parents/Mamma"),
                people(merger.merge(participants, List.of(), List.of(), List.of())), "without the phone book");
        MergeResult merged = merger.merge(participants, List.of(vcard(1, "Mammà", "333 123 4567")), List.of(), List.of());
        assertEquals(Set.of("Cousins/+39 333 123 4567 + Family/Mamma + School parents/Mamma", "Family/Jess"),
                people(merged));
        PersonGroup mamma = merged.groups().stream().filter(g -> g.members().size() == 3).findFirst().orElseThrow();
        assertEquals(List.of("+393331234567"), mamma.phones());
        assertEquals("Mammà", PersonNames.nameOf(mamma), "the phone book's name is the one shown");
        assertEquals(List.of("Mamma", "+39 333 123 4567"), PersonNames.aliasesOf(mamma, "Mammà"));
        assertEquals(131, mamma.messages());
    }

    @Test
    void namesMatchWithoutCaseAccentsOrInvisibleMarks() {
        MergeResult result = merger.merge(List.of(
                whatsApp("A", "José Niño", true, 1),
                whatsApp("B", "jose nino", true, 1),
                whatsApp("C", "\u2068JOSÉ NIÑO\u2069", true, 1),
                whatsApp("D", "José", true, 1)), List.of(), List.of(), List.of());
        assertEquals(Set.of("A/José Niño + B/jose nino + C/\u2068JOSÉ NIÑO\u2069", "D/José"), people(result));
    }

    @Test
    void telegramIdsJoinWhateverTheNameAndTheContactListGivesTheNumber() {
        List<ChatParticipant> participants = List.of(
                telegram("101", "Climbing", "Piotr N.", "user4711", 30),
                telegram("102", "Piotr", "Piotr Nowak", "user4711", 12),
                whatsApp("Work", "+48 600 700 800", false, 2));
        KeptPhoneBookEntry contactList = new KeptPhoneBookEntry(7, "telegram:DataExport",
                new PhoneBookEntry("Piotr Nowak", List.of("+48 600 700 800"), "user4711"));
        MergeResult result = merger.merge(participants, List.of(contactList), List.of(), List.of());
        assertEquals(Set.of("101/Piotr N. + 102/Piotr Nowak + Work/+48 600 700 800"), people(result));
        assertEquals(List.of("user4711"), result.groups().get(0).platformIds());
        assertEquals(List.of("+48600700800"), result.groups().get(0).phones());
    }

    @Test
    void aNameSharedByPeopleWithDifferentNumbersOrIdsMergesNobodyAndIsReported() {
        List<ChatParticipant> participants = List.of(
                whatsApp("Football", "+39 347 111 1111", false, 5),
                whatsApp("Work", "+39 347 222 2222", false, 5),
                whatsApp("Family", "Marco", true, 50),
                telegram("201", "Chess", "Marco", "user1", 3),
                telegram("202", "Books", "Marco", "user2", 3));
        MergeResult result = merger.merge(participants,
                List.of(vcard(1, "Marco", "347 111 1111"), vcard(2, "Marco", "347 222 2222")), List.of(), List.of());
        assertEquals(Set.of("Football/+39 347 111 1111", "Work/+39 347 222 2222", "Family/Marco", "201/Marco",
                "202/Marco"), people(result));
        assertEquals(List.of("Marco"), result.ambiguousNames());
    }

    @Test
    void twoTelegramAccountsWithOneNameStayTwoPeopleButTheNameStillJoinsWhereItIsClear() {
        MergeResult result = merger.merge(List.of(
                telegram("1", "A", "Sara", "user1", 1),
                telegram("2", "B", "Sara", "user2", 1),
                whatsApp("C", "Luca", true, 1),
                telegram("3", "D", "Luca", "user3", 1)), List.of(), List.of(), List.of());
        assertEquals(Set.of("1/Sara", "2/Sara", "3/Luca + C/Luca"), people(result));
        assertEquals(List.of("Sara"), result.ambiguousNames());
    }

    @Test
    void theUsersCorrectionsWinOverEverything() {
        ChatParticipant footballMarco = whatsApp("Football", "Marco", true, 10);
        ChatParticipant workMarco = whatsApp("Work", "Marco", true, 10);
        ChatParticipant nonna = whatsApp("Family", "Nonna", true, 10);
        ChatParticipant granny = whatsApp("Cousins", "Granny", true, 10);
        List<ChatParticipant> participants = List.of(footballMarco, workMarco, nonna, granny);
        List<ParticipantLink> links = List.of(new ParticipantLink(footballMarco.key(), workMarco.key(), false),
                new ParticipantLink(nonna.key(), granny.key(), true));
        MergeResult result = merger.merge(participants, List.of(vcard(1, "Marco", "347 111 1111")), List.of(), links);
        assertEquals(Set.of("Football/Marco", "Work/Marco", "Cousins/Granny + Family/Nonna"), people(result));
        // The phone-book entry went to one Marco only; a number cannot undo a split either.
        List<ChatParticipant> withNumbers = List.of(footballMarco, workMarco,
                whatsApp("Gym", "+39 347 111 1111", false, 1));
        MergeResult numbered = merger.merge(withNumbers, List.of(vcard(1, "Marco", "347 111 1111")), List.of(), links);
        assertEquals(Set.of("Football/Marco + Gym/+39 347 111 1111", "Work/Marco"), people(numbered));
    }

    @Test
    void exportOwnersAreOnePersonAcrossNetworksAndUnusedPhoneBookEntriesAreReported() {
        List<ChatParticipant> participants = List.of(
                telegram("1", "Friends", "Jess Moreau", "user1", 10),
                whatsApp("Family", "Jess", true, 20),
                whatsApp("Family", "Ada", true, 20));
        List<ExportOwner> owners = List.of(
                new ExportOwner(Network.TELEGRAM, new PhoneBookEntry("Jess Moreau", List.of("+39 347 000 1111"), "user1")),
                new ExportOwner(Network.WHATSAPP, new PhoneBookEntry("Jess", List.of(), null)));
        MergeResult result = merger.merge(participants, List.of(vcard(9, "Somebody", "+39 340 999 9999")), owners, List.of());
        assertEquals(Set.of("1/Jess Moreau + Family/Jess", "Family/Ada"), people(result));
        PersonGroup jess = result.groups().stream().filter(PersonGroup::exportOwner).findFirst().orElseThrow();
        assertEquals(List.of("+393470001111"), jess.phones());
        assertEquals(List.of(9L), result.unusedPhoneBook());
    }
}
