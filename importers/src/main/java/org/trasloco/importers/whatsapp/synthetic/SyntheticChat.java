package org.trasloco.importers.whatsapp.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes a generated WhatsApp export: a group chat in English markers, one message per minute on
 * average, deterministic for a given seed.
 *
 * <p>Android shape: {@code 14/02/2024, 09:12 - Name: text}; iOS shape:
 * {@code [14/02/2024, 09:12:05] Name: text}. About 88 bytes per message on average in the Android
 * shape, so 1,000,000 messages make an export of about 86 MB, the size used in
 * {@code docs/benchmarks.md}. The mix: 4% multi-line, 2% media omitted, 1% attachments, 1% system
 * lines, 0.5% deleted, 0.5% edited, names with emoji and the non-contact {@code ~ } mark.
 *
 * @param messages how many messages to write
 * @param ios whether to write the iPhone shape (seconds, brackets, CRLF) instead of Android's
 * @param monthFirst whether to write month/day instead of day/month
 * @param seed the random seed
 */
public record SyntheticChat(long messages, boolean ios, boolean monthFirst, long seed) {

    private static final List<String> AUTHORS = List.of("Jess Moreau", "Sam", "Priya 🌸 Shah", "Luca",
            "\u007E\u202FDicle", "Mamma", "+39 333 123 4567", "Ana María");
    private static final List<String> WORDS = List.of("ok", "see", "you", "at", "the", "station", "tomorrow",
            "dinner", "is", "ready", "thanks", "😂", "👍", "great", "idea", "when", "are", "we", "leaving", "love",
            "this", "photo", "call", "me", "later", "sure", "why", "not", "perché", "città", "grazie", "ciao");
    private static final LocalDateTime START = LocalDateTime.of(2021, 1, 3, 8, 0);

    /**
     * Checks the components.
     *
     * @param messages how many messages
     * @param ios iPhone shape
     * @param monthFirst month/day order
     * @param seed random seed
     */
    public SyntheticChat {
        if (messages < 0) {
            throw new IllegalArgumentException("messages must not be negative");
        }
    }

    /** An Android, day-first export with a fixed seed. */
    public static SyntheticChat android(long messages) {
        return new SyntheticChat(messages, false, false, 42);
    }

    /**
     * Writes the export as UTF-8 to a file.
     *
     * @param file the target
     * @throws IOException when writing fails
     */
    public void writeTo(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeTo(out);
        }
    }

    /**
     * Writes the export.
     *
     * @param out the target
     * @throws IOException when writing fails
     */
    public void writeTo(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        SplittableRandom random = new SplittableRandom(seed);
        String eol = ios ? "\r\n" : "\n";
        LocalDateTime time = START;
        StringBuilder line = new StringBuilder(256);
        for (long i = 0; i < messages; i++) {
            time = time.plusSeconds(random.nextInt(120));
            line.setLength(0);
            header(line, time);
            int kind = random.nextInt(1000);
            if (kind < 10) {
                line.append(pick(random, AUTHORS).replace("\u007E\u202F", "")).append(" added Sam");
            } else {
                line.append(pick(random, AUTHORS)).append(": ");
                body(line, random, kind, eol, i);
            }
            out.append(line).append(eol);
        }
    }

    private void body(StringBuilder line, SplittableRandom random, int kind, String eol, long index) {
        if (kind < 30) {
            line.append(ios ? "\u200Eimage omitted" : "<Media omitted>");
        } else if (kind < 40) {
            line.append(ios ? "\u200E<attached: " + String.format("%08d", index + 1) + "-PHOTO.jpg>"
                    : "IMG-2021" + String.format("%04d", index % 10_000) + "-WA0001.jpg (file attached)");
        } else if (kind < 45) {
            line.append("This message was deleted");
        } else if (kind < 50) {
            words(line, random, 4 + random.nextInt(6)).append(" <This message was edited>");
        } else if (kind < 90) {
            words(line, random, 4 + random.nextInt(10));
            for (int extra = 1 + random.nextInt(3); extra > 0; extra--) {
                words(line.append(eol), random, 2 + random.nextInt(8));
            }
        } else {
            words(line, random, 5 + random.nextInt(12));
        }
    }

    private void header(StringBuilder line, LocalDateTime time) {
        int first = monthFirst ? time.getMonthValue() : time.getDayOfMonth();
        int second = monthFirst ? time.getDayOfMonth() : time.getMonthValue();
        if (ios) {
            line.append('[');
        }
        two(line, first).append('/');
        two(line, second).append('/').append(time.getYear()).append(", ");
        two(line, time.getHour()).append(':');
        two(line, time.getMinute());
        if (ios) {
            two(line.append(':'), time.getSecond()).append("] ");
        } else {
            line.append(" - ");
        }
    }

    private static StringBuilder words(StringBuilder line, SplittableRandom random, int count) {
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                line.append(' ');
            }
            line.append(pick(random, WORDS));
        }
        return line;
    }

    private static StringBuilder two(StringBuilder line, int value) {
        if (value < 10) {
            line.append('0');
        }
        return line.append(value);
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
