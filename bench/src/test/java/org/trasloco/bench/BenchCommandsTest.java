package org.trasloco.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.bench.BenchRun;
import org.trasloco.core.testing.BundleAssertions;

class BenchCommandsTest {

    @TempDir
    Path dir;

    @Test
    void generatesAnExportThatImportsCompletely() throws Exception {
        Path export = dir.resolve("WhatsApp Chat with Bench.txt");
        BenchRun generated = BenchRun.of("generate-whatsapp", "--messages", "5000", "-o", export.toString(), "--lang", "en");
        assertEquals(0, generated.exit(), generated.err());
        assertTrue(Files.size(export) > 300_000);
        BenchRun measured = BenchRun.of("import", export.toString(), "--runs", "2", "--lang", "en");
        assertEquals(0, measured.exit(), measured.err());
        assertTrue(measured.out().contains("Run 2: 5,000 messages imported"), measured.out());
        assertTrue(measured.out().contains("Median"), measured.out());
    }

    @Test
    void everyBenchTextIsTranslated() {
        BundleAssertions.assertComplete(BenchText.class);
    }
}
