package org.trasloco.importers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;

class PipelinedSinkTest {

    private static final Conversation CHAT = new Conversation(Network.TELEGRAM, "user1", "Mira", ConversationKind.DIRECT);

    @Test
    void theTargetReceivesEveryCallInOrderOnOneOtherThread() {
        Recording target = new Recording();
        try (PipelinedSink sink = new PipelinedSink(target)) {
            sink.owner(new PhoneBookEntry("Jess", List.of(), null));
            sink.beginConversation(CHAT);
            for (int i = 0; i < 5_000; i++) {
                sink.message(message(i));
            }
            sink.endConversation(CHAT, List.of());
            sink.finish();
        }

        assertEquals(5_003, target.calls.size());
        assertEquals("owner Jess", target.calls.get(0));
        assertEquals("begin user1", target.calls.get(1));
        assertEquals("message 4999", target.calls.get(5_001));
        assertEquals("end user1", target.calls.get(5_002));
        assertEquals(1, target.threads.size());
        assertTrue(!target.threads.contains(Thread.currentThread()), "the target runs on another thread");
    }

    @Test
    void aFailureOfTheTargetStopsTheReader() {
        RuntimeException broken = new IllegalStateException("disk full");
        HistorySink failing = new Recording() {
            @Override
            public void message(Message message) {
                throw broken;
            }
        };
        PipelinedSink sink = new PipelinedSink(failing);
        RuntimeException seen = assertThrows(RuntimeException.class, () -> {
            sink.beginConversation(CHAT);
            for (int i = 0; i < 1_000_000; i++) {
                sink.message(message(i));
            }
            sink.finish();
        });
        sink.close();
        assertSame(broken, seen);
    }

    @Test
    void closingWithoutFinishingDropsWhatIsQueued() {
        Recording target = new Recording();
        try (PipelinedSink sink = new PipelinedSink(target)) {
            sink.beginConversation(CHAT);
            sink.message(message(1));
        }
        assertTrue(target.calls.size() <= 2, target.calls.toString());
    }

    private static Message message(int i) {
        return Message.builder().id("m" + i).conversationKey("user1").sequence(i)
                .timestamp(LocalDateTime.parse("2024-01-01T10:00:00")).text("hi " + i).build();
    }

    /** Remembers each call and the threads it came from. */
    private static class Recording implements HistorySink {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());

        private void record(String call) {
            calls.add(call);
            if (!threads.contains(Thread.currentThread())) {
                threads.add(Thread.currentThread());
            }
        }

        @Override
        public void beginConversation(Conversation conversation) {
            record("begin " + conversation.key());
        }

        @Override
        public void message(Message message) {
            record("message " + message.sequence());
        }

        @Override
        public void warning(ImportWarning warning) {
            record("warning");
        }

        @Override
        public void endConversation(Conversation conversation, List<Participant> participants) {
            record("end " + conversation.key());
        }

        @Override
        public void owner(PhoneBookEntry owner) {
            record("owner " + owner.name());
        }
    }
}
