package org.trasloco.importers.whatsapp;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.trasloco.core.testing.ContinuousIntegration;

/**
 * The npm package {@code whatsapp-chat-parser} 4.0.2, installed into {@code target/npm} on first use
 * and run with node, for differential testing. Under {@code CI=true} a missing node or npm fails the
 * test; elsewhere the test is skipped with a message saying what to install.
 */
final class NodeParser {

    static final String PACKAGE = "whatsapp-chat-parser@4.0.2";

    private static final String SCRIPT = """
            const { parseString } = require('whatsapp-chat-parser');
            const fs = require('fs');
            const [input, output] = process.argv.slice(2);
            const messages = parseString(fs.readFileSync(input, 'utf8'), { parseAttachments: true });
            const out = fs.createWriteStream(output);
            for (const m of messages) {
              out.write(JSON.stringify({
                date: isNaN(m.date) ? null : m.date.toISOString().replace('.000Z', ''),
                author: m.author, message: m.message,
                attachment: m.attachment ? m.attachment.fileName : null }) + '\\n');
            }
            out.end();
            """;

    /** What the npm parser made of one message. */
    record Parsed(String date, String author, String message, String attachment) {
    }

    private final Path home;

    private NodeParser(Path home) {
        this.home = home;
    }

    /** Installs the package (once) and returns a runner, or skips/fails when node or npm is missing. */
    static NodeParser install() throws IOException, InterruptedException {
        Path home = Path.of("target", "npm").toAbsolutePath();
        Path module = home.resolve("node_modules/whatsapp-chat-parser/package.json");
        if (!Files.exists(module)) {
            Files.createDirectories(home);
            int exit = run(home, "npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", home.toString(), PACKAGE);
            if (exit != 0 || !Files.exists(module)) {
                unavailable("npm install " + PACKAGE + " failed (exit " + exit + ")");
            }
        }
        Files.writeString(home.resolve("parse.cjs"), SCRIPT);
        return new NodeParser(home);
    }

    /** Parses a file with node, in UTC so that its local-time dates print as written. */
    List<Parsed> parse(Path chat) throws IOException, InterruptedException {
        Path output = Files.createTempFile(home, "parsed", ".ndjson");
        try {
            int exit = run(home, "node", home.resolve("parse.cjs").toString(), chat.toAbsolutePath().toString(),
                    output.toString());
            if (exit != 0) {
                fail("node exited with " + exit + " on " + chat);
            }
            List<Parsed> parsed = new ArrayList<>();
            JsonFactory json = new JsonFactory();
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                try (JsonParser parser = json.createParser(line)) {
                    String[] fields = new String[4];
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        String value = parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getText();
                        switch (name) {
                            case "date" -> fields[0] = value;
                            case "author" -> fields[1] = value;
                            case "message" -> fields[2] = value;
                            default -> fields[3] = value;
                        }
                    }
                    parsed.add(new Parsed(fields[0], fields[1], fields[2], fields[3]));
                }
            }
            return parsed;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int run(Path directory, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("last-run.log").toFile());
        builder.environment().put("TZ", "UTC");
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            unavailable(command[0] + " is not installed");
            return -1;
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish");
        }
        return process.exitValue();
    }

    private static void unavailable(String why) {
        String message = why + ": the differential test needs node and npm (Debian: apt-get install -y nodejs npm)"
                + " and access to the npm registry.";
        if (ContinuousIntegration.isOn()) {
            fail(message);
        }
        Assumptions.abort(message);
    }
}
