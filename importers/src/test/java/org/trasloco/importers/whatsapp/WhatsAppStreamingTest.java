package org.trasloco.importers.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.CancellationFlag;
import org.trasloco.core.progress.ProgressListener;
import org.trasloco.importers.CollectingSink;
import org.trasloco.importers.DateOrderDecision;
import org.trasloco.importers.ReadOptions;
import org.trasloco.importers.ReadResult;
import org.trasloco.importers.whatsapp.synthetic.SyntheticChat;

/** Big files: decided over the whole file, progress in bytes, cancellation. */
class WhatsAppStreamingTest {

    @TempDir
    Path dir;

    @Test
    void theDateOrderIsDecidedByEvidenceFarBeyondTheFirstLines() throws IOException {
        // A busy US group: 6,000 messages from Jan 1 to Jan 12 (every field ≤ 12), then Jan 13.
        Path file = dir.resolve("chat.txt");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 6_000; i++) {
                int day = 1 + i / 500;
                out.write("1/" + day + "/24, 10:" + String.format("%02d", i % 60) + "\u202FAM - Ada: message " + i + "\n");
            }
            out.write("1/13/24, 9:00\u202FAM - Bob: the thirteenth\n");
        }
        CollectingSink sink = new CollectingSink();
        ReadResult result = new WhatsAppReader().read(file, ReadOptions.defaults(), sink, ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(new DateOrderDecision(org.trasloco.core.time.DateOrder.MDY, DateOrderDecision.Basis.FIELD_ABOVE_12),
                result.dateOrder());
        assertEquals(6_001, sink.messages.size());
        assertEquals(LocalDate.of(2024, 1, 2), sink.messages.get(500).timestamp().toLocalDate());
        assertEquals(LocalDate.of(2024, 1, 13), sink.messages.get(6_000).timestamp().toLocalDate());
    }

    @Test
    void progressCountsBytesUpToTheFileSize() throws IOException {
        Path file = dir.resolve("chat.txt");
        SyntheticChat.android(50_000).writeTo(file);
        long size = Files.size(file);
        List<long[]> reports = new ArrayList<>();
        CollectingSink sink = new CollectingSink();
        new WhatsAppReader().read(file, ReadOptions.defaults(), sink, (done, total) -> reports.add(new long[] {done, total}),
                Cancellation.NEVER);
        assertTrue(reports.size() > 10, "reports arrive while reading, not only at the end");
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0], "progress never goes back");
            assertTrue(reports.get(i)[0] <= reports.get(i)[1], "never beyond the total");
        }
        long[] last = reports.get(reports.size() - 1);
        assertEquals(last[1], last[0], "ends at 100%");
        // The generated chat starts on the 3rd: the first lines cannot tell day from month, so a short
        // look ahead (until the 13th) is read twice — never the whole file.
        assertTrue(last[1] >= size && last[1] < size * 1.5, "total " + last[1] + " for a file of " + size);
        assertEquals(50_000, sink.messages.size());
    }

    @Test
    void cancellingStopsTheReadWithinAFewThousandLines() throws IOException {
        Path file = dir.resolve("chat.txt");
        SyntheticChat.android(100_000).writeTo(file);
        CancellationFlag flag = new CancellationFlag();
        AtomicInteger seen = new AtomicInteger();
        HistorySink cancelAfter = new HistorySink() {
            @Override
            public void beginConversation(Conversation conversation) {
            }

            @Override
            public void message(Message message) {
                if (seen.incrementAndGet() == 10_000) {
                    flag.cancel();
                }
            }

            @Override
            public void warning(ImportWarning warning) {
            }

            @Override
            public void endConversation(Conversation conversation, List<Participant> participants) {
            }
        };
        TraslocoException error = assertThrows(TraslocoException.class, () -> new WhatsAppReader()
                .read(file, ReadOptions.defaults(), cancelAfter, ProgressListener.NONE, flag));
        assertEquals(TraslocoException.Kind.CANCELLED, error.kind());
        assertTrue(seen.get() < 15_000, "stopped soon after the request: " + seen.get());
    }

    @Test
    void aForcedOrderOverridesDetection() throws IOException {
        Path file = Files.writeString(dir.resolve("chat.txt"), "01/02/2024, 10:00 - Ada: a\n");
        CollectingSink sink = new CollectingSink();
        ReadResult result = new WhatsAppReader().read(file, ReadOptions.defaults().withDateOrder(
                org.trasloco.core.time.DateOrder.MDY), sink, ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(DateOrderDecision.Basis.FORCED, result.dateOrder().basis());
        assertEquals(LocalDate.of(2024, 1, 2), sink.messages.get(0).timestamp().toLocalDate());
        assertEquals(0, sink.warnings.size(), "no ambiguity warning when the user decided");
    }

    @Test
    void generatedExportsParseCompletelyInBothShapes() throws IOException {
        for (SyntheticChat chat : List.of(new SyntheticChat(20_000, false, true, 1), new SyntheticChat(20_000, true, false, 2))) {
            Path file = dir.resolve("chat-" + chat.seed() + ".txt");
            chat.writeTo(file);
            CollectingSink sink = new CollectingSink();
            ReadResult result = new WhatsAppReader().read(file, ReadOptions.defaults(), sink, ProgressListener.NONE,
                    Cancellation.NEVER);
            assertEquals(20_000, sink.messages.size());
            assertEquals(List.of(), sink.warnings);
            assertEquals(chat.monthFirst() ? "mdy" : "dmy", result.dateOrder().order().id());
            assertEquals(chat.ios() ? "whatsapp-ios" : "whatsapp-android", result.format());
        }
    }
}
