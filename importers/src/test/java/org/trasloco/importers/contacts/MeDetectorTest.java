package org.trasloco.importers.contacts;

import org.trasloco.core.contacts.PhoneNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trasloco.importers.contacts.PersonMergerTest.whatsApp;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.contacts.SystemLine;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;

class MeDetectorTest {

    private final PersonMerger merger = new PersonMerger(PhoneNumbers.inRegion("IT"));

    private static ChatParticipant direct(String chat, String name, long messages) {
        return new ChatParticipant(new ParticipantKey(Network.WHATSAPP, chat, name), chat, ConversationKind.DIRECT,
                new Participant(name, null, null, true, messages));
    }

    private MeFinding find(List<ChatParticipant> participants, List<SystemLine> lines) {
        List<PersonGroup> groups = merger.merge(participants, List.of(), List.of(), List.of()).groups();
        return MeDetector.find(groups, lines);
    }

    @Test
    void theOnlyPersonInEveryChatIsTheUser() {
        List<ChatParticipant> participants = List.of(
                whatsApp("Family", "Jess", true, 10), whatsApp("Family", "Mamma", true, 10),
                whatsApp("Work", "Jess", true, 3), whatsApp("Work", "Ada", true, 8));
        MeFinding finding = find(participants, List.of());
        assertEquals(MeFinding.Basis.EVERY_CHAT, finding.basis());
        assertEquals("Jess", groupName(participants, finding));
    }

    @Test
    void aDirectChatIsNamedAfterTheOtherPerson() {
        List<ChatParticipant> participants = List.of(direct("Bob", "Bob", 5), direct("Bob", "Jess", 5));
        MeFinding finding = find(participants, List.of());
        assertEquals("Jess", groupName(participants, finding));
    }

    @Test
    void peopleNamedInWhatsAppSystemLinesAreSomeoneElse() {
        // p14: "Ada added Bob" and "Your security code with Bob changed" are written about others.
        List<ChatParticipant> participants = List.of(whatsApp("Family", "Ada", true, 2), whatsApp("Family", "Bob", true, 1),
                whatsApp("Family", "Jess", true, 1));
        List<SystemLine> lines = List.of(new SystemLine(Network.WHATSAPP, "Family", "Ada created group \"Family\""),
                new SystemLine(Network.WHATSAPP, "Family", "Your security code with Bob changed. Tap to learn more."));
        MeFinding finding = find(participants, lines);
        assertEquals(MeFinding.Basis.EVERY_CHAT, finding.basis());
        assertEquals("Jess", groupName(participants, finding));
        assertTrue(MeDetector.mentions("\u2068Ada\u2069 added Bob".replaceAll("\\p{Cf}", ""), "Ada"));
        assertFalse(MeDetector.mentions("Adamo left", "Ada"), "only whole names count");
    }

    @Test
    void withSeveralCandidatesNobodyIsChosenAndTheLikeliestComeFirst() {
        List<ChatParticipant> participants = List.of(whatsApp("Family", "Ada", true, 2), whatsApp("Family", "Bob", true, 9),
                whatsApp("Family", "Jess", true, 1));
        MeFinding finding = find(participants, List.of());
        assertFalse(finding.found());
        assertEquals(3, finding.candidates().size());
    }

    private String groupName(List<ChatParticipant> participants, MeFinding finding) {
        List<PersonGroup> groups = merger.merge(participants, List.of(), List.of(), List.of()).groups();
        return PersonNames.nameOf(groups.get(finding.group()));
    }
}
