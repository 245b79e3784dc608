package org.trasloco.core.contacts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trasloco.core.history.Participant;
import org.trasloco.core.history.PhoneBookEntry;

class PhoneBookGateTest {

    private final PhoneBookGate gate = PhoneBookGate.of(List.of(
            new Participant("Mamma", null, null, true, 10),
            new Participant("+39 333 123 4567", null, "+393331234567", false, 3),
            new Participant("Piotr", "user4711", null, true, 5),
            new Participant("+7 912 345-67-89", null, null, false, 1),
            new Participant("+372 5123 4567", null, "+37251234567", false, 1),
            new Participant("Short", null, "+3725123", false, 1)));

    private static PhoneBookEntry entry(String name, String... phones) {
        return new PhoneBookEntry(name, List.of(phones), null);
    }

    @Test
    void admitsTheSameNumberWrittenNationallyOrInternationally() {
        assertTrue(gate.admits(entry("M", "333 123 4567")));
        assertTrue(gate.admits(entry("M", "0039 333 1234567")));
        assertTrue(gate.admits(entry("M", "+39 (333) 123-45-67")));
        // Russian trunk prefix 8 instead of +7; the participant's number was only in its name.
        assertTrue(gate.admits(entry("M", "8 912 345 67 89")));
        // A number shorter than nine digits must be the participant's number's ending, whole.
        assertTrue(gate.admits(entry("M", "5123 4567")));
        assertTrue(gate.admits(entry("M", "+372 3725123")));
    }

    @Test
    void admitsByNameAndByPlatformId() {
        assertTrue(gate.admits(entry("MAMMA")));
        assertTrue(gate.admits(entry("mammà", "+1 202 555 0100")));
        assertTrue(gate.admits(new PhoneBookEntry("Someone else", List.of(), "user4711")));
    }

    @Test
    void refusesEverythingElse() {
        assertFalse(gate.admits(entry("Zia", "+39 333 765 4321")));
        assertFalse(gate.admits(entry("Zio", "1234")));
        assertFalse(gate.admits(entry("")));
        assertFalse(gate.admits(new PhoneBookEntry("Nobody", List.of("+39 06 999 888"), "user1")));
        // An extension is not part of the number.
        assertFalse(gate.admits(entry("Office", "+39 02 1234 5678 ext. 333 123 4567")));
    }
}
