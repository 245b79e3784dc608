package org.trasloco.app.cli.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.Cli;
import org.trasloco.core.workspace.Workspace;

class TelegramCliTest {

    private static final JsonFactory JSON = new JsonFactory();

    @TempDir
    Path temp;

    private Locale before;
    private String out;
    private String err;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void inspectPrintsTheContractWithTelegramsIds() throws IOException {
        Path export = TelegramExports.json(temp, "chat", TelegramExports.MODERN_CHAT);

        assertEquals(0, run("inspect", export.toString(), "--ndjson"), err);

        List<Map<String, Object>> lines = ndjson(out);
        assertEquals(3, lines.size());
        Map<String, Object> first = lines.get(0);
        assertEquals(List.of("source", "conversation", "id", "platformId", "timestamp", "instant", "author", "authorId",
                "kind", "text", "attachments", "mediaOmitted", "edited", "replyTo", "forwardedFrom"),
                new ArrayList<>(first.keySet()));
        assertEquals("telegram", first.get("source"));
        assertEquals("101", first.get("platformId"));
        assertEquals("2024-01-14T09:30:00", first.get("timestamp"));
        assertEquals("2024-01-14T08:30:00Z", first.get("instant"));
        assertEquals("user7011223344", first.get("authorId"));
        assertEquals("Ciao!\u0007", first.get("text"));
        Map<String, Object> forward = lines.get(1);
        assertEquals("101", forward.get("replyTo"));
        assertEquals("Lighthouse Notes", forward.get("forwardedFrom"));
        assertEquals(Boolean.TRUE, forward.get("mediaOmitted"));
        Map<String, Object> pin = lines.get(2);
        assertEquals("system", pin.get("kind"));
        assertEquals("Mira Volkova pinned this message", pin.get("text"));
        assertEquals("102", pin.get("replyTo"));
        assertEquals(null, pin.get("author"));
    }

    @Test
    void inspectOfOnePageReadsTheWholeChat() throws IOException {
        Path export = TelegramExports.html(temp);

        assertEquals(0, run("inspect", export.resolve("messages.html").toString(), "--ndjson", "--zone", "Europe/Rome"), err);

        List<Map<String, Object>> lines = ndjson(out);
        assertEquals(List.of("Ciao!", "A presto"), lines.stream().map(line -> line.get("text")).toList());
        assertEquals("2024-01-14T08:32:00Z", lines.get(1).get("instant"));
    }

    @Test
    void theZoneOptionSetsTheInstantsOfExportsWithoutUnixTimes() throws IOException {
        Path export = TelegramExports.json(temp, "old", TelegramExports.OLD_CHAT);

        assertEquals(0, run("inspect", export.toString(), "--ndjson", "--zone", "Europe/Rome"), err);
        assertEquals("2021-07-20T19:15:00Z", ndjson(out).get(0).get("instant"));
        assertTrue(err.contains("were read as Europe/Rome time"), err);

        assertEquals(0, run("inspect", export.toString(), "--ndjson", "--zone", "America/New_York"), err);
        assertEquals("2021-07-21T01:15:00Z", ndjson(out).get(0).get("instant"));

        assertEquals(2, run("inspect", export.toString(), "--zone", "Mars/Olympus"));
        assertTrue(err.contains("--zone"), err);
    }

    @Test
    void importAddsOnlyWhatIsNew() throws IOException {
        Path export = TelegramExports.json(temp, "chat", TelegramExports.MODERN_CHAT);
        Path workspace = temp.resolve("moving.trasloco");

        assertEquals(0, run("import", export.toString(), "--workspace", workspace.toString()), err);
        assertTrue(out.contains("Mira: 3 messages read, 3 new"), out);
        assertEquals(0, run("import", export.toString(), "--workspace", workspace.toString()), err);
        assertTrue(out.contains("Mira: 3 messages read, 0 new"), out);
        try (Workspace opened = Workspace.open(workspace)) {
            assertEquals(3, opened.messageCount());
        }
    }

    @Test
    void aTruncatedExportIsShownUpToTheCutButNotImportedWithoutConsent() throws IOException {
        String full = TelegramExports.MODERN_CHAT;
        Path export = TelegramExports.json(temp, "cut", full.substring(0, full.indexOf("\"id\": 103")));
        Path workspace = temp.resolve("moving.trasloco");

        assertEquals(3, run("inspect", export.toString(), "--ndjson"));
        assertEquals(2, ndjson(out).size(), "everything before the cut is readable");
        assertTrue(err.contains("ends early"), err);

        assertEquals(3, run("import", export.toString(), "--workspace", workspace.toString()));
        assertTrue(err.contains("--accept-partial"), err);
        assertFalse(Files.exists(workspace), "a workspace created for nothing is removed again");

        assertEquals(0, run("import", export.toString(), "--workspace", workspace.toString(), "--accept-partial"), err);
        try (Workspace opened = Workspace.open(workspace)) {
            assertEquals(2, opened.messageCount());
        }
    }

    @Test
    void aBadExportLeavesAnExistingWorkspaceUntouched() throws IOException {
        Path workspace = temp.resolve("moving.trasloco");
        assertEquals(0, run("import", TelegramExports.json(temp, "good", TelegramExports.MODERN_CHAT).toString(),
                "--workspace", workspace.toString()), err);
        String escaping = TelegramExports.OLD_CHAT.replace("\"text\": \"Summer!\"",
                "\"photo\": \"../../../home/someone/.ssh/id_rsa\",\n   \"text\": \"Summer!\"");
        Path bad = TelegramExports.json(temp, "bad", escaping);

        assertEquals(3, run("import", bad.toString(), "--workspace", workspace.toString()));
        assertTrue(err.contains("outside the export folder"), err);
        try (Workspace opened = Workspace.open(workspace)) {
            assertEquals(3, opened.messageCount());
            assertEquals(1, opened.conversations().size());
        }
    }

    private int run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = new Cli(new ByteArrayInputStream(new byte[0]), stdout, stderr, false).run(args);
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** Reads NDJSON lines into maps (fields in their order; arrays as lists). */
    private static List<Map<String, Object>> ndjson(String text) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonParser parser = JSON.createParser(line)) {
                parser.nextToken();
                Map<String, Object> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.START_ARRAY) {
                        List<String> items = new ArrayList<>();
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            items.add(parser.getText());
                        }
                        fields.put(name, items);
                    } else if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        fields.put(name, parser.getBooleanValue());
                    } else {
                        fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
                    }
                }
                lines.add(fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
