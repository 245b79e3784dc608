package org.trasloco.importers.whatsapp;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.core.time.Timestamps;
import org.trasloco.importers.CollectingSink;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;

/**
 * Reads every case of the fixture corpus ({@code fixtures/README.md} lists them with the real-world
 * report each stands for) and compares what the reader emits with the case's {@code expected.json}.
 */
class WhatsAppFixtureTest {

    static Path fixturesRoot() {
        try {
            return Path.of(WhatsAppFixtureTest.class.getResource("/org/trasloco/importers/whatsapp/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(fixturesRoot())) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    static Path exportFile(Path caseDir) throws IOException {
        try (Stream<Path> files = Files.list(caseDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).findFirst().orElseThrow();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureReadsAsExpected() throws IOException {
        List<Path> cases = cases();
        assertTrue(cases.size() >= 60, "the corpus covers every row of the format notes' tables");
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        Map<String, Object> expected = readJson(dir.resolve("expected.json"));
        CollectingSink sink = new CollectingSink();
        ReadResult result = new WhatsAppReader().read(exportFile(dir), ReadOptions.defaults(), sink,
                ProgressListener.NONE, Cancellation.NEVER);
        List<Map<String, Object>> actual = sink.messages.stream().map(WhatsAppFixtureTest::project).toList();
        String description = (String) expected.get("case");
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(expected.get("messages"), actual, description));
        checks.add(() -> assertEquals(expected.get("format"), result.format(), "format"));
        checks.add(() -> assertEquals(expected.get("dateOrder"), result.dateOrder().order().id(), "date order"));
        checks.add(() -> assertEquals(expected.get("basis"), result.dateOrder().basis().name(), "date order basis"));
        checks.add(() -> assertEquals(((Number) expected.get("warnings")).longValue(), (long) sink.warnings.size(),
                () -> "warnings: " + sink.warnings));
        if (expected.containsKey("conversation")) {
            checks.add(() -> assertEquals(expected.get("conversation"), sink.ended.get(0).title(), "conversation"));
        }
        if (expected.containsKey("kind")) {
            checks.add(() -> assertEquals(expected.get("kind"), sink.ended.get(0).kind().id(), "conversation kind"));
        }
        if (expected.containsKey("participants")) {
            checks.add(() -> assertEquals(expected.get("participants"), sink.participants.stream()
                    .map(WhatsAppFixtureTest::project).toList(), "participants"));
        }
        assertAll(description, checks);
    }

    private static Map<String, Object> project(Message message) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("timestamp", Timestamps.iso(message.timestamp()));
        map.put("author", message.author());
        map.put("kind", message.kind().name().toLowerCase(Locale.ROOT));
        map.put("text", message.text());
        map.put("attachments", message.attachments().stream().map(Attachment::fileName).toList());
        map.put("mediaOmitted", message.mediaOmitted());
        map.put("edited", message.edited());
        return map;
    }

    private static Map<String, Object> project(Participant participant) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", participant.name());
        map.put("savedContact", participant.savedContact());
        map.put("messages", participant.messageCount());
        if (participant.phone() != null) {
            map.put("phone", participant.phone());
        }
        return map;
    }

    /** A tiny JSON-to-maps reader for the fixture files (objects, arrays, strings, numbers, booleans, null). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readJson(Path file) throws IOException {
        try (JsonParser json = new JsonFactory().createParser(file.toFile())) {
            json.nextToken();
            return (Map<String, Object>) value(json);
        }
    }

    private static Object value(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    map.put(name, value(json));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(json));
                }
                return list;
            }
            case VALUE_STRING -> {
                return json.getText();
            }
            case VALUE_NUMBER_INT -> {
                return json.getLongValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return json.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + token);
        }
    }
}
