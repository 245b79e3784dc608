package org.trasloco.importers.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;
import org.trasloco.importers.io.HandOff;

/**
 * Hands everything a reader produces to another sink on a thread of its own (through a
 * {@link HandOff}), so that reading an export and writing it (NDJSON, the workspace) use two
 * processor cores. The target receives the calls in the reader's order, from that one thread, in
 * batches (a warning reaches the target a little after the reader reported it). A failure of the
 * target stops the reader soon after with the same exception; {@link #finish()} waits until the
 * target has received everything and reports a failure that came late.
 *
 * <p>Use: {@code try (PipelinedSink sink = new PipelinedSink(target)) { reader.read(…, sink, …);
 * sink.finish(); }} — closing without {@link #finish()} (after a reader error) stops the thread
 * without waiting for what is still queued.
 */
public final class PipelinedSink implements HistorySink, AutoCloseable {

    // Few messages in flight: those waiting in the queue outlive young collections, and copying them
    // again and again made the garbage collector the biggest cost of a large import under a small heap.
    private static final int BATCH = 256;
    private static final int BATCHES = 4;

    private final HandOff<Consumer<HistorySink>> handOff;

    /**
     * Starts the thread that feeds {@code target}.
     *
     * @param target the sink to feed; it needs not be thread-safe
     */
    public PipelinedSink(HistorySink target) {
        Objects.requireNonNull(target, "target");
        this.handOff = new HandOff<>("trasloco-sink", BATCH, BATCHES, call -> call.accept(target));
    }

    @Override
    public void beginConversation(Conversation conversation) {
        handOff.submit(sink -> sink.beginConversation(conversation));
    }

    @Override
    public void message(Message message) {
        handOff.submit(sink -> sink.message(message));
    }

    @Override
    public void warning(ImportWarning warning) {
        handOff.submit(sink -> sink.warning(warning));
    }

    @Override
    public void endConversation(Conversation conversation, List<Participant> participants) {
        handOff.submit(sink -> sink.endConversation(conversation, participants));
    }

    @Override
    public void phoneBookEntry(PhoneBookEntry entry) {
        handOff.submit(sink -> sink.phoneBookEntry(entry));
    }

    @Override
    public void owner(PhoneBookEntry owner) {
        handOff.submit(sink -> sink.owner(owner));
    }

    @Override
    public void exportLanguage(Conversation conversation, Locale language) {
        handOff.submit(sink -> sink.exportLanguage(conversation, language));
    }

    /**
     * Waits until the target has received every call made so far.
     *
     * @throws RuntimeException the target's failure, if it failed
     */
    public void finish() {
        handOff.finish();
    }

    /** Stops the thread; what is still queued is dropped when {@link #finish()} was not called. */
    @Override
    public void close() {
        handOff.close();
    }
}
