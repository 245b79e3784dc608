package org.trasloco.importers.whatsapp;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.CountingSink;

/**
 * Fuzzes the WhatsApp line parser (header syntaxes, date orders, bodies, markers) with arbitrary chat
 * text. A domain error is an answer; any other exception, a hang or running out of memory is a
 * finding. Seeds and findings: {@code WhatsAppChatFuzzTestInputs/chatText} in the test resources.
 */
class WhatsAppChatFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void chatText(byte[] text) {
        try {
            new ChatParser(new InMemoryChat(text), null, new CountingSink(), ProgressListener.NONE, Cancellation.NEVER,
                    WhatsAppMarkers.get()).read();
        } catch (TraslocoException answered) {
            // Bad input said in words: the expected outcome for most inputs.
        }
    }

    /** A chat text held in memory. */
    private record InMemoryChat(byte[] text) implements ChatSource {
        @Override
        public String chatName() {
            return "Fuzz";
        }

        @Override
        public String textLabel() {
            return "fuzz.txt";
        }

        @Override
        public InputStream openText() {
            return new ByteArrayInputStream(text);
        }

        @Override
        public long textSize() {
            return text.length;
        }

        @Override
        public MediaIndex media() {
            return MediaIndex.EMPTY;
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    }
}
