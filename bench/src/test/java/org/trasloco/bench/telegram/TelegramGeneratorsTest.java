package org.trasloco.bench.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.Cli;
import org.trasloco.bench.BenchRun;
import org.trasloco.core.testing.BundleAssertions;

/** The benchmark's generated exports are real Telegram exports: the readers take them without complaint. */
class TelegramGeneratorsTest {

    @Test
    void theGeneratedAccountExportReadsBackWhole(@TempDir Path temp) {
        Path out = temp.resolve("json");
        assertEquals(0, run("generate-telegram-json", "-o", out.toString(), "--messages", "2000", "--chats", "7"));

        String ndjson = runOut("inspect", out.toString(), "--ndjson", "--zone", "Europe/Rome");
        assertEquals(2000, ndjson.lines().count());
        assertTrue(ndjson.contains("\\u0007"), "the generated texts carry control characters, written as \\xHH");
    }

    @Test
    void theGeneratedHtmlChatReadsBackPageAfterPage(@TempDir Path temp) {
        Path out = temp.resolve("html");
        assertEquals(0, run("generate-telegram-html", "-o", out.toString(), "--pages", "12", "--per-page", "40"));

        assertTrue(Files.exists(out.resolve("messages12.html")));
        String ndjson = runOut("inspect", out.toString(), "--ndjson", "--zone", "Europe/Rome");
        assertEquals(480, ndjson.lines().count());
        assertEquals(480, ndjson.lines().filter(line -> line.contains("\"conversation\":\"Benchmark Group\"")).count());
    }

    @Test
    void everyBenchTextIsTranslated() {
        BundleAssertions.assertComplete(BenchText.class);
    }

    private static int run(String... args) {
        return BenchRun.of(args).exit();
    }

    /** Runs {@code trasloco ARGS…} (the application, which reads what the generators wrote). */
    private static String runOut(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new ByteArrayInputStream(new byte[0]), out, err, false).run(args);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
