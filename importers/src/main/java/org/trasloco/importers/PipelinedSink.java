package org.trasloco.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.contacts.PhoneBookEntry;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Participant;

/**
 * Hands everything a reader produces to another sink on a thread of its own, through a bounded
 * queue, so that reading an export and writing it (into the workspace) use two processor cores.
 * The target receives the calls in the reader's order, from that one thread, in batches (a warning
 * reaches the target a little after the reader reported it). A failure of the target stops the
 * reader soon after with the same exception; {@link #finish()} waits until the target has received
 * everything and reports a failure that came late.
 *
 * <p>Use: {@code try (PipelinedSink sink = new PipelinedSink(target)) { reader.read(…, sink, …);
 * sink.finish(); }} — closing without {@link #finish()} (after a reader error) stops the thread
 * without waiting for what is still queued.
 */
public final class PipelinedSink implements HistorySink, AutoCloseable {

    /** Calls are handed over in batches, so that the two threads rarely have to wake each other. */
    private static final int BATCH = 512;
    private static final int BATCHES = 16;
    private static final List<Consumer<HistorySink>> END = List.of();

    private final HistorySink target;
    private final BlockingQueue<List<Consumer<HistorySink>>> queue = new ArrayBlockingQueue<>(BATCHES);
    private List<Consumer<HistorySink>> batch = new ArrayList<>(BATCH);
    private final Thread worker;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private boolean ended;

    /**
     * Starts the thread that feeds {@code target}.
     *
     * @param target the sink to feed; it needs not be thread-safe
     */
    public PipelinedSink(HistorySink target) {
        this.target = Objects.requireNonNull(target, "target");
        this.worker = new Thread(this::drain, "trasloco-sink");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void beginConversation(Conversation conversation) {
        put(sink -> sink.beginConversation(conversation));
    }

    @Override
    public void message(Message message) {
        put(sink -> sink.message(message));
    }

    @Override
    public void warning(ImportWarning warning) {
        put(sink -> sink.warning(warning));
    }

    @Override
    public void endConversation(Conversation conversation, List<Participant> participants) {
        put(sink -> sink.endConversation(conversation, participants));
    }

    @Override
    public void phoneBookEntry(PhoneBookEntry entry) {
        put(sink -> sink.phoneBookEntry(entry));
    }

    @Override
    public void owner(PhoneBookEntry owner) {
        put(sink -> sink.owner(owner));
    }

    /**
     * Waits until the target has received every call made so far.
     *
     * @throws RuntimeException the target's failure, if it failed (an {@link Error} likewise)
     */
    public void finish() {
        if (!ended) {
            ended = true;
            handOver();
            handOver(END);
        }
        join();
        rethrow();
    }

    /** Stops the thread; what is still queued is dropped when {@link #finish()} was not called. */
    @Override
    public void close() {
        if (!ended) {
            ended = true;
            abandoned = true;
            queue.clear();
            queue.offer(END);
        }
        join();
    }

    private void put(Consumer<HistorySink> call) {
        batch.add(call);
        if (batch.size() == BATCH) {
            rethrow();
            handOver();
        }
    }

    private void handOver() {
        if (!batch.isEmpty()) {
            handOver(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void handOver(List<Consumer<HistorySink>> calls) {
        try {
            queue.put(calls);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
    }

    private void drain() {
        while (true) {
            List<Consumer<HistorySink>> calls;
            try {
                calls = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (calls == END) {
                return;
            }
            for (Consumer<HistorySink> call : calls) {
                if (failure != null || abandoned) {
                    break;
                }
                try {
                    call.accept(target);
                } catch (RuntimeException | Error e) {
                    // Keep taking batches, so that the reader is never left waiting on a full queue.
                    failure = e;
                }
            }
        }
    }

    private void join() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }
}
