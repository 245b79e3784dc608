package org.trasloco.importers.telegram;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.CountingSink;
import org.trasloco.importers.FuzzFiles;
import org.trasloco.importers.ReadOptions;

/**
 * Fuzzes the Telegram JSON reader (escape repair, both export shapes, every message field) with
 * arbitrary bytes as {@code result.json}. Domain errors are answers; anything else is a finding.
 */
class TelegramJsonFuzzTest {

    private static final FuzzFiles FILES = new FuzzFiles();

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void resultJson(byte[] bytes) {
        Path file = FILES.write("result.json", bytes);
        try {
            new TelegramReader().read(file, ReadOptions.defaults().withAcceptPartial(true), new CountingSink(),
                    ProgressListener.NONE, Cancellation.NEVER);
        } catch (TraslocoException answered) {
            // Bad input said in words.
        }
    }
}
