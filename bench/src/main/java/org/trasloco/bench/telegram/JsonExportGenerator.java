package org.trasloco.bench.telegram;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes a synthetic "Export Telegram data" {@code result.json} the way Telegram Desktop lays it
 * out: personal information, a contact list, then chats of very different sizes (the k-th holds a
 * share proportional to 1/k), each message with {@code text} and {@code text_entities}, some replies,
 * forwards, photos (not in the folder), service lines and control-character escapes.
 */
final class JsonExportGenerator {

    private static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    private static final long START = Instant.parse("2016-01-01T08:00:00Z").getEpochSecond();
    private static final int CONTACTS = 1_000;
    private static final String[] TYPES = {"personal_chat", "private_group", "private_supergroup", "public_channel"};

    private final SyntheticText text;
    private Writer out;

    JsonExportGenerator(long seed) {
        this.text = new SyntheticText(seed);
    }

    /**
     * Writes {@code result.json} into a folder.
     *
     * @param folder the export folder, created if missing
     * @param messages how many messages in all
     * @param chats among how many chats
     * @return the file written
     */
    Path write(Path folder, long messages, int chats) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("result.json");
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 20)) {
            out = writer;
            out.write("{\n \"about\": \"Here is the data you requested.\",\n \"personal_information\": {\n"
                    + "  \"user_id\": 5000000001,\n  \"first_name\": \"Jess\",\n  \"last_name\": \"Moreau\",\n"
                    + "  \"phone_number\": \"+39 333 000 1111\"\n },\n \"contacts\": {\n  \"about\": \"Your contacts.\",\n"
                    + "  \"list\": [");
            for (int i = 0; i < CONTACTS; i++) {
                out.write(i == 0 ? "\n" : ",\n");
                out.write("   {\n    \"user_id\": " + (5000000100L + i) + ",\n    \"first_name\": \"Friend\",\n"
                        + "    \"last_name\": \"" + i + "\",\n    \"phone_number\": \"+39 333 " + (1000000 + i) + "\",\n"
                        + "    \"date\": \"2020-01-01T10:00:00\",\n    \"date_unixtime\": \"1577869200\"\n   }");
            }
            out.write("\n  ]\n },\n \"chats\": {\n  \"about\": \"This page lists all chats from this export.\",\n  \"list\": [");
            long written = 0;
            for (int chat = 0; chat < chats; chat++) {
                long size = chat == chats - 1 ? messages - written : share(messages, chats, chat);
                out.write(chat == 0 ? "\n" : ",\n");
                chat(chat, size);
                written += size;
            }
            out.write("\n  ]\n }\n}");
        }
        return file;
    }

    /** Chat sizes fall off like 1/(k+1), scaled so that all chats add up to the total. */
    private static long share(long messages, int chats, int chat) {
        double harmonic = 0;
        for (int k = 0; k < chats; k++) {
            harmonic += 1.0 / (k + 1);
        }
        return Math.max(1, Math.round(messages / harmonic / (chat + 1)));
    }

    private void chat(int index, long size) throws IOException {
        String type = TYPES[index % TYPES.length];
        long id = 1_000_000_000L + index;
        out.write("   {\n    \"name\": \"Chat " + index + "\",\n    \"type\": \"" + type + "\",\n    \"id\": " + id
                + ",\n    \"messages\": [");
        int members = 2 + index % 20;
        long time = START + index * 3_600L;
        for (long n = 1; n <= size; n++) {
            time += 1 + text.nextInt(600);
            out.write(n == 1 ? "\n" : ",\n");
            message(n, time, 5_000_000_001L + text.nextInt(members), type.endsWith("channel") ? id : 0);
        }
        out.write("\n    ]\n   }");
    }

    private void message(long id, long time, long from, long channel) throws IOException {
        StringBuilder m = new StringBuilder(1_200);
        String date = LocalDateTime.ofInstant(Instant.ofEpochSecond(time), ZONE).toString();
        m.append("     {\n      \"id\": ").append(id).append(",\n");
        int roll = text.nextInt(100);
        if (roll < 3) {
            m.append("      \"type\": \"service\",\n      \"date\": \"").append(date).append("\",\n      \"date_unixtime\": \"")
                    .append(time).append("\",\n      \"actor\": \"Friend ").append(from % 1000)
                    .append("\",\n      \"actor_id\": \"user").append(from).append("\",\n      \"action\": \"pin_message\",\n")
                    .append("      \"message_id\": ").append(Math.max(1, id - 1)).append(",\n      \"text\": \"\",\n")
                    .append("      \"text_entities\": []\n     }");
            out.write(m.toString());
            return;
        }
        m.append("      \"type\": \"message\",\n      \"date\": \"").append(date).append("\",\n      \"date_unixtime\": \"")
                .append(time).append("\",\n");
        if (channel != 0) {
            m.append("      \"from\": \"Channel\",\n      \"from_id\": \"channel").append(channel).append("\",\n");
        } else {
            m.append("      \"from\": \"Friend ").append(from % 1000).append("\",\n      \"from_id\": \"user").append(from)
                    .append("\",\n");
        }
        if (roll < 10 && id > 1) {
            m.append("      \"reply_to_message_id\": ").append(id - 1 - text.nextInt((int) Math.min(id - 1, 50))).append(",\n");
        } else if (roll < 13) {
            m.append("      \"forwarded_from\": \"Lighthouse Notes\",\n");
        }
        if (roll >= 90) {
            m.append("      \"photo\": \"chats/chat_01/photos/photo_").append(id).append("@01-01-2016_09-00-00.jpg\",\n")
                    .append("      \"width\": 1280,\n      \"height\": 960,\n");
        }
        List<SyntheticText.Part> parts = text.next(90 + text.nextInt(180));
        m.append("      \"text\": ");
        textArray(m, parts, false);
        m.append(",\n      \"text_entities\": ");
        textArray(m, parts, true);
        m.append("\n     }");
        out.write(m.toString());
    }

    private static void textArray(StringBuilder m, List<SyntheticText.Part> parts, boolean objects) {
        if (!objects && parts.size() == 1 && parts.get(0).type().equals("plain")) {
            string(m, parts.get(0).text());
            return;
        }
        m.append('[');
        for (int i = 0; i < parts.size(); i++) {
            SyntheticText.Part part = parts.get(i);
            m.append(i == 0 ? "\n" : ",\n").append("       ");
            if (!objects && part.type().equals("plain")) {
                string(m, part.text());
            } else {
                m.append("{\n        \"type\": \"").append(part.type()).append("\",\n        \"text\": ");
                string(m, part.text());
                m.append("\n       }");
            }
        }
        m.append("\n      ]");
    }

    /** A JSON string as Telegram Desktop writes it, with its {@code \xHH} escapes. */
    private static void string(StringBuilder m, String value) {
        m.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> m.append("\\n");
                case '"' -> m.append("\\\"");
                case '\\' -> m.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        m.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
                    } else {
                        m.append(c);
                    }
                }
            }
        }
        m.append('"');
    }
}
