package org.trasloco.core.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OccurrenceWindowTest {

    @Test
    void countsLikeAMapWithinTheWindowAndForgetsOlderKeys() {
        OccurrenceWindow window = new OccurrenceWindow(100);
        Map<Long, Integer> model = new HashMap<>();
        Map<Long, Long> secondOf = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        long second = 0;
        long latest = 0;
        for (int i = 0; i < 200_000; i++) {
            second += random.nextInt(3);
            latest = Math.max(latest, second);
            long key = second * 31 + random.nextInt(4); // collisions within a second, as identical messages
            long cutoff = latest - 100;
            secondOf.entrySet().removeIf(e -> {
                if (e.getValue() < cutoff) {
                    model.remove(e.getKey());
                    return true;
                }
                return false;
            });
            int expected = model.getOrDefault(key, 0);
            assertEquals(expected, window.increment(second, key), "at " + i);
            model.put(key, expected + 1);
            secondOf.put(key, second);
        }
        assertTrue(window.remembered() < 1_000, "bounded by the window: " + window.remembered());
    }
}
