package org.trasloco.app.cli.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.app.cli.io.ExitCodes;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.Workspace;

/** {@code trasloco inspect}, {@code import} and {@code conversations}, run in-process as a user would. */
class HistoryCommandsTest {

    private static final String FAMILY = """
            14/02/2024, 09:12 - Jess Moreau: Route for Sunday
            second line
            14/02/2024, 09:13 - ~\u202FSam: IMG-20240214-WA0007.jpg (file attached)
            14/02/2024, 09:14 - Jess Moreau: See you <This message was edited>
            15/02/2024, 10:00 - Jess Moreau added Ada
            15/02/2024, 10:01 - Ada: This message was deleted
            """;

    @TempDir
    Path dir;

    @Test
    void inspectNdjsonFollowsTheContractFieldByField() throws IOException {
        Path chat = write("WhatsApp Chat with Family.txt", FAMILY);
        CliRun run = CliRun.of("inspect", "--ndjson", chat.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0].matches("\\{\"source\":\"whatsapp\",\"conversation\":\"Family\",\"id\":\"[0-9a-f]{32}\","
                + "\"platformId\":null,\"timestamp\":\"2024-02-14T09:12:00\",\"instant\":null,\"author\":\"Jess Moreau\","
                + "\"authorId\":null,\"kind\":\"message\",\"text\":\"Route for Sunday\\\\nsecond line\",\"attachments\":\\[\\],"
                + "\"mediaOmitted\":false,\"edited\":false,\"replyTo\":null,\"forwardedFrom\":null}"), lines[0]);
        assertTrue(lines[1].contains("\"author\":\"Sam\"") && lines[1].contains("\"text\":\"\"")
                && lines[1].contains("\"attachments\":[\"IMG-20240214-WA0007.jpg\"]"), lines[1]);
        assertTrue(lines[2].contains("\"text\":\"See you\"") && lines[2].contains("\"edited\":true"), lines[2]);
        assertTrue(lines[3].contains("\"author\":null") && lines[3].contains("\"kind\":\"system\""), lines[3]);
        assertTrue(lines[4].contains("\"kind\":\"deleted\""), lines[4]);
        assertEquals("", run.err());
    }

    @Test
    void inspectNdjsonWritesAnyTextAsValidJson() throws IOException {
        String text = "Ciao \uD83C\uDF38 \"quoted\" back\\slash tab\tend città";
        Path chat = write("WhatsApp Chat with Jess 😂.txt", "14/02/2024, 09:12 - Jess 🌸 Moreau: " + text + "\n");
        CliRun run = CliRun.of("inspect", "--ndjson", chat.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("Jess 🌸 Moreau"), "an emoji is written as itself: " + run.out());
        Map<String, String> line = stringFields(run.out());
        assertEquals(text, line.get("text"));
        assertEquals("Jess 🌸 Moreau", line.get("author"));
        assertEquals("Jess 😂", line.get("conversation"));
        assertTrue(line.containsKey("replyTo") && line.get("replyTo") == null);
    }

    /** The string and null fields of one JSON object, read by a JSON parser. */
    private static Map<String, String> stringFields(String json) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL) {
                    fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
            assertEquals(null, parser.nextToken(), "one object on the line");
        }
        return fields;
    }

    @Test
    void inspectSummarisesForPeopleInTheirLanguage() throws IOException {
        Path chat = write("WhatsApp Chat with Family.txt", FAMILY);
        CliRun english = CliRun.of("inspect", chat.toString(), "--lang", "en");
        assertEquals(ExitCodes.OK, english.exit());
        assertTrue(english.out().contains("Family (WhatsApp group)"), english.out());
        assertTrue(english.out().contains("5 messages: 3 written, 1 system line, 1 deleted"), english.out());
        assertTrue(english.out().contains("Jess Moreau: 2"), english.out());
        assertTrue(english.out().contains("Dates read as day/month/year"), english.out());
        CliRun italian = CliRun.of("inspect", chat.toString(), "--lang", "it");
        assertTrue(italian.out().contains("Family (gruppo WhatsApp)"), italian.out());
        assertTrue(italian.out().contains("5 messaggi: 3 scritti, 1 avviso di sistema, 1 eliminati"), italian.out());
        CliRun german = CliRun.of("--lang", "de", "inspect", chat.toString());
        assertTrue(german.out().contains("Family (WhatsApp-Gruppe)"), german.out());
        assertTrue(german.out().contains("5 Nachrichten: 3 geschrieben, 1 Systemzeile, 1 gelöscht"), german.out());
        assertTrue(german.out().contains("Daten als Tag/Monat/Jahr gelesen"), german.out());
        CliRun french = CliRun.of("inspect", chat.toString(), "--lang=fr");
        assertTrue(french.out().contains("Family (groupe WhatsApp)"), french.out());
        assertTrue(french.out().contains("5 messages\u00a0: 3 écrits, 1 ligne système, 1 supprimés"), french.out());
        CliRun spanish = CliRun.of("inspect", chat.toString(), "--lang", "es");
        assertTrue(spanish.out().contains("Family (grupo de WhatsApp)"), spanish.out());
        assertTrue(spanish.out().contains("5 mensajes: 3 escritos, 1 línea del sistema, 1 eliminados"), spanish.out());
    }

    @Test
    void withoutLangTheSystemLanguageIsSpokenWhenTraslocoSpeaksIt() throws IOException {
        Path chat = write("WhatsApp Chat with Family.txt", FAMILY);
        Path missing = dir.resolve("nowhere.txt");
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            CliRun german = CliRun.of("inspect", chat.toString(), missing.toString());
            assertTrue(german.out().contains("5 Nachrichten"), german.out());
            assertTrue(german.err().contains("nowhere.txt gibt es nicht"), german.err());
            Locale.setDefault(Locale.forLanguageTag("pt-BR"));
            CliRun english = CliRun.of("inspect", chat.toString());
            assertTrue(english.out().contains("5 messages: 3 written"), english.out());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aLanguageTraslocoDoesNotSpeakIsRefusedNotIgnored() throws IOException {
        Path chat = write("WhatsApp Chat with Family.txt", FAMILY);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            CliRun portuguese = CliRun.of("inspect", chat.toString(), "--lang", "pt");
            assertEquals(ExitCodes.USAGE, portuguese.exit());
            assertEquals("", portuguese.out(), "nothing read in a language nobody asked for");
            assertTrue(portuguese.err().contains("\"pt\"") && portuguese.err().contains("en, it, de, fr, es"),
                    portuguese.err());
            Locale.setDefault(Locale.ITALY);
            assertTrue(CliRun.of("--lang=xx", "inspect", chat.toString()).err().contains("scegli"),
                    "said in the system's language when Trasloco speaks it");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void unreadableInputsExitWith3AndNameTheFileWhileGoodOnesAreStillShown() throws IOException {
        Path good = write("WhatsApp Chat with Family.txt", FAMILY);
        Path picture = Files.write(dir.resolve("holiday.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        CliRun run = CliRun.of("inspect", "--ndjson", good.toString(), picture.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals(5, run.out().split("\n").length, "the good file is still printed");
        assertTrue(run.err().contains("holiday.txt") && run.err().contains("binary"), run.err());
    }

    @Test
    void aWrongCommandLineExitsWith2() {
        assertEquals(ExitCodes.USAGE, CliRun.of("inspect").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("inspect", "--date-order", "sideways", "x.txt").exit());
        assertEquals(ExitCodes.USAGE, CliRun.of("import", "x.txt").exit(), "--workspace is required");
        assertEquals(ExitCodes.USAGE, CliRun.of("frobnicate").exit());
    }

    @Test
    void importAddsOnlyNewMessagesAndKeepsTheWorkspacePrivate() throws IOException {
        Path workspace = dir.resolve("move.trasloco");
        Path first = write("WhatsApp Chat with Family.txt", FAMILY);
        CliRun run = CliRun.of("import", first.toString(), "--workspace", workspace.toString(), "--lang", "en");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertTrue(run.out().contains("Family: 5 messages read, 5 new"), run.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(workspace)));

        CliRun again = CliRun.of("import", first.toString(), "--workspace", workspace.toString(), "--lang", "en");
        assertTrue(again.out().contains("Family: 5 messages read, 0 new"), again.out());

        Path later = write("later/WhatsApp Chat with Family.txt", FAMILY + "16/02/2024, 08:00 - Ada: new one\n");
        CliRun third = CliRun.of("import", later.toString(), "--workspace", workspace.toString(), "--lang", "en");
        assertTrue(third.out().contains("Family: 6 messages read, 1 new"), third.out());
        try (Workspace open = Workspace.open(workspace)) {
            assertEquals(6, open.messageCount());
            assertEquals(3, open.participants(Network.WHATSAPP, "Family").size());
        }
    }

    @Test
    void aBadFileLeavesTheWorkspaceExactlyAsItWas() throws IOException {
        Path workspace = dir.resolve("move.trasloco");
        assertEquals(ExitCodes.OK, CliRun.of("import", write("WhatsApp Chat with Family.txt", FAMILY).toString(),
                "--workspace", workspace.toString()).exit());
        byte[] before = Files.readAllBytes(workspace);
        // Valid for 1,000 lines, then an invalid byte: the whole file must be rolled back.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            text.append("16/02/2024, 08:00 - Ada: message ").append(i).append('\n');
        }
        byte[] good = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 3);
        bad[good.length] = (byte) 0xC3;
        bad[good.length + 1] = (byte) 0x28;
        bad[good.length + 2] = '\n';
        Path broken = Files.write(dir.resolve("WhatsApp Chat with Broken.txt"), bad);
        CliRun run = CliRun.of("import", broken.toString(), "--workspace", workspace.toString(), "--lang", "en");
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("WhatsApp Chat with Broken.txt") && run.err().contains("line 1,001"), run.err());
        assertArrayEquals(before, Files.readAllBytes(workspace), "byte for byte unchanged");
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith("-journal")).count());
        }
    }

    @Test
    void aFailedFirstImportLeavesNoWorkspaceBehind() throws IOException {
        Path workspace = dir.resolve("new.trasloco");
        Path empty = Files.write(dir.resolve("WhatsApp Chat with Nobody.txt"), new byte[0]);
        assertEquals(ExitCodes.BAD_INPUT, CliRun.of("import", empty.toString(), "--workspace", workspace.toString()).exit());
        assertFalse(Files.exists(workspace));
    }

    @Test
    void ambiguousDatesAreImportedOnlyOnceTheUserSaysTheOrder() throws IOException {
        Path workspace = dir.resolve("move.trasloco");
        Path chat = write("WhatsApp Chat with Twins.txt", "01/02/2024, 10:00 - Ada: a\n01/02/2024, 10:05 - Bob: b\n");
        CliRun unsure = CliRun.of("import", chat.toString(), "--workspace", workspace.toString(), "--lang", "en");
        assertEquals(ExitCodes.USAGE, unsure.exit());
        assertTrue(unsure.err().contains("--date-order"), unsure.err());
        assertFalse(Files.exists(workspace), "nothing was imported");

        CliRun decided = CliRun.of("import", chat.toString(), "--workspace", workspace.toString(), "--date-order", "mdy");
        assertEquals(ExitCodes.OK, decided.exit(), decided.err());
        CliRun listed = CliRun.of("conversations", "--workspace", workspace.toString(), "--json");
        assertTrue(listed.out().contains("\"first\" : \"2024-01-02T10:00:00\""), listed.out());
    }

    @Test
    void conversationsListsWhatTheWorkspaceHolds() throws IOException {
        Path workspace = dir.resolve("move.trasloco");
        CliRun.of("import", write("WhatsApp Chat with Family.txt", FAMILY).toString(), "--workspace", workspace.toString());
        CliRun text = CliRun.of("conversations", "--workspace", workspace.toString(), "--lang", "en");
        assertEquals(ExitCodes.OK, text.exit());
        assertTrue(text.out().contains("Family (WhatsApp group): 5 messages"), text.out());
        CliRun json = CliRun.of("conversations", "--workspace", workspace.toString(), "--json");
        assertTrue(json.out().contains("\"title\" : \"Family\"") && json.out().contains("\"messages\" : 5"), json.out());
        CliRun missing = CliRun.of("conversations", "--workspace", dir.resolve("nope.trasloco").toString());
        assertEquals(ExitCodes.USAGE, missing.exit());
        assertFalse(Files.exists(dir.resolve("nope.trasloco")), "listing never creates a workspace");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
