package org.trasloco.bench.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up message texts for generated exports, repeatable from a seed: words in several languages,
 * accents and emoji, sometimes a bold word, a link or a mention, now and then a control character
 * (which Telegram Desktop writes as an invalid {@code \xHH} escape).
 */
final class SyntheticText {

    /**
     * One part of a text.
     *
     * @param type Telegram's entity type ({@code plain}, {@code bold}, {@code link}, {@code mention})
     * @param text the part's text
     */
    record Part(String type, String text) {
    }

    private static final String[] WORDS = {"ciao", "domani", "perché", "città", "andiamo", "the", "train", "leaves",
        "at", "nine", "Tomás", "café", "😀", "🚲", "sì", "grazie", "mille", "weather", "looks", "great", "for", "Sunday",
        "ok", "see", "you", "there", "bring", "the", "map", "and", "snacks", "Straße", "привет", "niente", "forse"};

    private final SplittableRandom random;

    SyntheticText(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A text of about {@code length} characters, as parts. */
    List<Part> next(int length) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        while (plain.length() + lengthOf(parts) < length) {
            int roll = random.nextInt(100);
            if (roll < 3) {
                flush(parts, plain);
                parts.add(new Part("bold", word()));
            } else if (roll < 5) {
                flush(parts, plain);
                parts.add(new Part("link", "https://example.org/" + word().hashCode()));
            } else if (roll < 6) {
                flush(parts, plain);
                parts.add(new Part("mention", "@friend" + random.nextInt(50)));
            } else if (roll == 99 && random.nextInt(20) == 0) {
                plain.append('\u0007');
            } else {
                plain.append(word());
            }
            plain.append(random.nextInt(12) == 0 ? "\n" : " ");
        }
        flush(parts, plain);
        return parts;
    }

    /** A number in {@code [0, bound)}. */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static int lengthOf(List<Part> parts) {
        int length = 0;
        for (Part part : parts) {
            length += part.text().length();
        }
        return length;
    }

    private static void flush(List<Part> parts, StringBuilder plain) {
        if (plain.length() > 0) {
            parts.add(new Part("plain", plain.toString()));
            plain.setLength(0);
        }
    }
}
