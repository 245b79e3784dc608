package org.trasloco.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trasloco.core.history.Network;
import org.trasloco.core.testing.ForkedJvm;

class MessageIdGeneratorTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2024, 2, 3, 12, 0);

    @Test
    void sameMessageGetsTheSameIdInEveryExport() {
        String first = new MessageIdGenerator(Network.WHATSAPP, "Family").next(NOON, "Ada", "ciao");
        String again = new MessageIdGenerator(Network.WHATSAPP, "Family").next(NOON, "Ada", "ciao");
        assertEquals(first, again);
        assertTrue(first.matches("[0-9a-f]{32}"), first);
    }

    @Test
    void everyFieldChangesTheId() {
        String base = new MessageIdGenerator(Network.WHATSAPP, "Family").next(NOON, "Ada", "ciao");
        assertNotEquals(base, new MessageIdGenerator(Network.TELEGRAM, "Family").next(NOON, "Ada", "ciao"));
        assertNotEquals(base, new MessageIdGenerator(Network.WHATSAPP, "Friends").next(NOON, "Ada", "ciao"));
        assertNotEquals(base, new MessageIdGenerator(Network.WHATSAPP, "Family").next(NOON.plusSeconds(1), "Ada", "ciao"));
        assertNotEquals(base, new MessageIdGenerator(Network.WHATSAPP, "Family").next(NOON, "Bob", "ciao"));
        assertNotEquals(base, new MessageIdGenerator(Network.WHATSAPP, "Family").next(NOON, null, "ciao"));
        assertNotEquals(base, new MessageIdGenerator(Network.WHATSAPP, "Family").next(NOON, "Ada", "ciao!"));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        MessageIdGenerator generator = new MessageIdGenerator(Network.WHATSAPP, "Family");
        assertNotEquals(generator.next(NOON, "Ada: x", "y"), generator.next(NOON, "Ada", "x: y"));
    }

    @Test
    void identicalMessagesAreToldApartByOccurrence() {
        MessageIdGenerator generator = new MessageIdGenerator(Network.WHATSAPP, "Family");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ids.add(generator.next(NOON, "Ada", "ok"));
        }
        assertEquals(5, ids.size());
    }

    @Test
    void occurrencesAreCountedAgainInALaterExport() {
        MessageIdGenerator first = new MessageIdGenerator(Network.WHATSAPP, "Family");
        MessageIdGenerator later = new MessageIdGenerator(Network.WHATSAPP, "Family");
        String a1 = first.next(NOON, "Ada", "ok");
        String a2 = first.next(NOON, "Ada", "ok");
        later.next(NOON.minusDays(1), "Bob", "something before");
        assertEquals(a1, later.next(NOON, "Ada", "ok"));
        assertEquals(a2, later.next(NOON, "Ada", "ok"));
    }

    @Test
    void theRepeatedHourOfADaylightSavingChangeKeepsBothMessages() {
        MessageIdGenerator generator = new MessageIdGenerator(Network.WHATSAPP, "Family");
        LocalDateTime twoThirty = LocalDateTime.of(2024, 10, 27, 2, 30);
        String first = generator.next(twoThirty, "Ada", "ok");
        generator.next(LocalDateTime.of(2024, 10, 27, 2, 59), "Bob", "later");
        String second = generator.next(twoThirty, "Ada", "ok");
        assertNotEquals(first, second);
    }

    @Test
    void twoMillionMinutesOfIdsRunInA24MegabyteHeap() throws Exception {
        // Kept whole, two million timestamps with their counts would take well over 100 MB; the
        // window keeps 48 hours of them (2,880 here).
        ForkedJvm.Result result = ForkedJvm.run("24m", ManyIds.class, "2000000");
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("distinct 2000000"), result.output());
    }

    /** Generates ids for one message a minute in the forked JVM and counts the distinct ones by hash. */
    public static final class ManyIds {
        public static void main(String[] args) {
            int count = Integer.parseInt(args[0]);
            MessageIdGenerator generator = new MessageIdGenerator(Network.WHATSAPP, "Big");
            String previous = null;
            long distinct = 0;
            for (int i = 0; i < count; i++) {
                String id = generator.next(NOON.plusMinutes(i), "Ada", "ok");
                distinct += id.equals(previous) ? 0 : 1;
                previous = id;
            }
            System.out.println("distinct " + distinct);
        }
    }
}
