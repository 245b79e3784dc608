package org.trasloco.app.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.app.cli.CliRun;
import org.trasloco.core.testing.BundleAssertions;

class BenchCommandsTest {

    @TempDir
    Path dir;

    @Test
    void generatesAnExportThatImportsCompletely() throws Exception {
        Path export = dir.resolve("WhatsApp Chat with Bench.txt");
        CliRun generated = CliRun.of("bench", "generate-whatsapp", "--messages", "5000", "-o", export.toString(), "--lang", "en");
        assertEquals(0, generated.exit(), generated.err());
        assertTrue(Files.size(export) > 300_000);
        CliRun measured = CliRun.of("bench", "import", export.toString(), "--runs", "2", "--lang", "en");
        assertEquals(0, measured.exit(), measured.err());
        assertTrue(measured.out().contains("Run 2: 5,000 messages imported"), measured.out());
        assertTrue(measured.out().contains("Median"), measured.out());
    }

    @Test
    void everyBenchTextIsTranslated() {
        BundleAssertions.assertComplete(BenchText.class);
    }
}
