package org.trasloco.app.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;

/**
 * Text from an export never reaches a terminal raw (issue 16, hole 5): a sender named with an
 * escape sequence that sets the terminal's title and rings its bell, a message that recolours the
 * terminal and reverses text.
 */
class TerminalSafetyTest {

    private static final String NAME = "Ev\u001B]0;pwned\u0007il";
    private static final String TEXT = "\u001B[31mred\u001B[0m \u009B2J \u202Egnp.exe \u2068@Sam";

    @TempDir
    Path dir;

    @Test
    void inspectAndPeoplePrintExportTextWithoutTerminalControls() throws IOException {
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Ev.txt"),
                "14/02/2024, 09:12 - " + NAME + ": " + TEXT + "\n14/02/2024, 09:13 - Sam: ok\n");
        CliRun inspect = CliRun.of("inspect", chat.toString(), "--lang", "en");
        assertEquals(0, inspect.exit(), inspect.err());
        assertSafe(inspect.out() + inspect.err());
        assertTrue(inspect.out().contains("Ev\u241B]0;pwned\u2407il"), "the name is shown, its controls visible: " + inspect.out());

        String workspace = dir.resolve("w.trasloco").toString();
        CliRun imported = CliRun.of("import", chat.toString(), "--workspace", workspace, "--lang", "en");
        assertEquals(0, imported.exit(), imported.err());
        assertSafe(imported.out() + imported.err());
        CliRun people = CliRun.of("people", "--workspace", workspace, "--lang", "en");
        assertEquals(0, people.exit(), people.err());
        assertSafe(people.out() + people.err());
        assertTrue(people.out().contains("\u241B"), people.out());
    }

    @Test
    void ndjsonKeepsTheExactTextWithEveryControlEscaped() throws IOException {
        Path chat = Files.writeString(dir.resolve("WhatsApp Chat with Ev.txt"),
                "14/02/2024, 09:12 - " + NAME + ": " + TEXT + "\n14/02/2024, 09:13 - Sam: ok\n");
        CliRun inspect = CliRun.of("inspect", chat.toString(), "--ndjson");
        assertEquals(0, inspect.exit(), inspect.err());
        assertSafe(inspect.out());
        assertFalse(inspect.out().contains("\u2068"), "bidi isolates are escaped in JSON too");
        List<String> texts = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(inspect.out())) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "text".equals(parser.currentName())) {
                    texts.add(parser.nextTextValue());
                } else if (parser.currentToken() == JsonToken.FIELD_NAME && "author".equals(parser.currentName())) {
                    authors.add(parser.nextTextValue());
                }
            }
        }
        assertEquals(TEXT, texts.get(0), "JSON escapes change nothing in the value");
        assertEquals(NAME, authors.get(0));
    }

    @Test
    void isolatesAndEmbeddingsAreClosedAtTheEndOfEachLine() {
        assertEquals("\u2067abc\u2069\n", SafeTerminalWriter.safe("\u2067abc\n"));
        assertEquals("\u202Babc\u202C", SafeTerminalWriter.safe("\u202Babc"));
        assertEquals("x", SafeTerminalWriter.safe("x\u202C"), "an unmatched pop is dropped");
        assertEquals("\u2409a\u240D\n", SafeTerminalWriter.safe("\ta\r\n").replace('\t', '\u2409'));
    }

    @Test
    void textKeepsIsolatesWhileJsonEscapesThem() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CliIo io = CliIo.of(new java.io.ByteArrayInputStream(new byte[0]), out, new java.io.ByteArrayOutputStream(),
                java.util.Locale.ENGLISH, false);
        io.out().println("@\u2068Sam\u2069");
        io.out().flush();
        assertEquals("@\u2068Sam\u2069\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void assertSafe(String printed) {
        for (char c : printed.toCharArray()) {
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
                    || c == '\u202D' || c == '\u202E';
            assertFalse(control, () -> String.format("U+%04X reached the terminal in: %s", (int) c, printed));
        }
    }
}
