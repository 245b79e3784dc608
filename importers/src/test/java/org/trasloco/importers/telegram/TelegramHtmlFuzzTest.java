package org.trasloco.importers.telegram;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
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
 * Fuzzes the Telegram HTML reader with arbitrary markup inside a chat page's history (the page head
 * that detection looks for is kept, so the fuzzer spends its time in the reader). Domain errors are
 * answers; anything else is a finding.
 */
class TelegramHtmlFuzzTest {

    private static final FuzzFiles FILES = new FuzzFiles();
    private static final String HEAD = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>Exported Data</title>"
            + "</head><body><div class=\"page_wrap\"><div class=\"page_header\"><div class=\"content\">"
            + "<div class=\"text bold\">Fuzz</div></div></div><div class=\"page_body chat_page\"><div class=\"history\">";
    private static final String TAIL = "</div></div></div></body></html>";

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void chatPage(byte[] history) {
        byte[] page = (HEAD + new String(history, StandardCharsets.UTF_8) + TAIL).getBytes(StandardCharsets.UTF_8);
        Path file = FILES.write("messages.html", page);
        try {
            new TelegramReader().read(file, ReadOptions.defaults().withAcceptPartial(true), new CountingSink(),
                    ProgressListener.NONE, Cancellation.NEVER);
        } catch (TraslocoException answered) {
            // Bad input said in words.
        }
    }
}
