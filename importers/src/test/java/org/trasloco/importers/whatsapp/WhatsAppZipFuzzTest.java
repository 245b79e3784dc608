package org.trasloco.importers.whatsapp;

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
import org.trasloco.importers.ZipLimits;
import org.trasloco.importers.ZipLimits;

/**
 * Fuzzes the zip reader (SafeZip and the choice of the chat text inside) with arbitrary bytes
 * given as a {@code .zip}: detection and reading. Domain errors are answers; anything else, a hang
 * or running out of memory is a finding.
 */
class WhatsAppZipFuzzTest {

    private static final FuzzFiles FILES = new FuzzFiles();
    /** Small limits, so a bomb in a few kilobytes is stopped within them. */
    private static final ReadOptions OPTIONS = ReadOptions.defaults()
            .withZipLimits(new ZipLimits(1_000, 16L << 20, 64L << 20, 100, 1L << 20));

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void zipExport(byte[] bytes) {
        Path zip = FILES.write("WhatsApp Chat with Fuzz.zip", bytes);
        WhatsAppReader reader = new WhatsAppReader();
        reader.recognizes(zip);
        try {
            reader.read(zip, OPTIONS, new CountingSink(), ProgressListener.NONE, Cancellation.NEVER);
        } catch (TraslocoException answered) {
            // Bad input said in words.
        }
    }
}
