package org.trasloco.move.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.contacts.ContactDraft;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.testing.HistoryFixture;
import org.trasloco.xmpp.registration.NewAccountName;

/** Names proposed for a new address: from the person's own name, and others when one is taken. */
class NameSuggestionsTest {

    @TempDir
    Path dir;

    @Test
    void aFirstNameIsMadeFromThePersonsName() {
        assertEquals(Optional.of("jess.moreau"), NameSuggestions.fromPersonName("Jess Moreau"));
        assertEquals(Optional.of("nicolo"), NameSuggestions.fromPersonName("Nicolò"));
        assertEquals(Optional.of("maria.esposito"), NameSuggestions.fromPersonName("Maria Grazia Esposito"));
        assertEquals(Optional.of("zoe"), NameSuggestions.fromPersonName("Zoë 🌻"));
        assertEquals(Optional.empty(), NameSuggestions.fromPersonName("🌻 ✨"));
    }

    @Test
    void aTakenNameGetsOthersThatAreAllUsableAndDifferent() {
        List<String> names = new NameSuggestions(new Random(7)).after("anna", Optional.of("Anna Rossi"));
        assertEquals(4, names.size(), names.toString());
        assertEquals(List.of("anna.rossi", "annarossi", "anna.r"), names.subList(0, 3));
        assertTrue(names.get(3).matches("anna[1-9][0-9]"), names.toString());
        for (String name : names) {
            assertTrue(NewAccountName.check(name) instanceof NewAccountName.Usable, name);
        }
    }

    @Test
    void withoutThePersonsNameTheTakenNameGetsNumbers() {
        List<String> names = new NameSuggestions(new Random(7)).after("Nonna.Pina", Optional.empty());
        assertEquals(2, names.size(), names.toString());
        assertTrue(names.get(0).matches("nonna\\.pina[1-9][0-9]"), names.toString());
        assertTrue(names.get(1).matches("nonna\\.pina\\.[1-9][0-9]{2}"), names.toString());
        assertFalse(names.contains("nonna.pina"));
    }

    @Test
    void theTakenNameIsNeverSuggestedAgain() {
        List<String> names = new NameSuggestions(new Random(1)).after("anna.rossi", Optional.of("Anna Rossi"));
        assertFalse(names.contains("anna.rossi"), names.toString());
        assertTrue(names.contains("annarossi"), names.toString());
    }

    @Test
    void thePersonsNameIsWhoTheyConfirmedInThePeopleStep() {
        try (Workspace workspace = HistoryFixture.create(dir.resolve("move.trasloco"), 1, 3, 0)) {
            MoveChoices choices = MoveChoices.of(workspace);
            assertEquals(Optional.empty(), NameSuggestions.personName(choices));
            workspace.people().saveContacts(List.of(
                    draft("Bruno", Decision.INVITE),
                    draft(HistoryFixture.ME, Decision.ME)));
            assertEquals(Optional.of("Anna Rossi"), NameSuggestions.personName(choices));
        }
    }

    private static ContactDraft draft(String name, Decision decision) {
        return new ContactDraft(0, name, List.of(), List.of(), List.of(), null, decision,
                List.of(new ParticipantKey(Network.WHATSAPP, "Bruno", name)));
    }
}
