package org.trasloco.importers.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands items from a reading thread to one worker thread, in order, in batches, through a small
 * bounded queue: the reader parses while the worker hashes and writes, so an import uses two cores
 * with memory bounded by {@code capacity × batchSize} items. The worker's failure is rethrown, as
 * is, to the reader at its next {@link #submit} or at {@link #finish}.
 *
 * @param <T> the items
 */
public final class HandOff<T> implements AutoCloseable {

    private static final List<Object> END = List.of();
    /** The weight (characters of text) after which a batch is handed over, however few its items. */
    public static final long BATCH_WEIGHT = 1 << 20;

    private final BlockingQueue<List<?>> queue;
    private final int batchSize;
    private final Thread worker;
    private List<T> batch;
    private long batchWeight;
    private volatile RuntimeException failure;
    private volatile boolean aborted;

    /**
     * Starts the worker.
     *
     * @param name the worker thread's name
     * @param batchSize items per batch
     * @param capacity batches that may wait in the queue
     * @param consumer what the worker does with each item, in submission order
     */
    public HandOff(String name, int batchSize, int capacity, Consumer<? super T> consumer) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(batchSize);
        this.worker = new Thread(() -> work(consumer), name);
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Queues an item; blocks while the worker is behind.
     *
     * @param item the item
     * @throws RuntimeException the worker's failure, if it failed
     */
    public void submit(T item) {
        submit(item, 0);
    }

    /**
     * Hands an item over with its weight (for a message, its length in characters): a batch is
     * also handed over once its items weigh {@value #BATCH_WEIGHT} together, so that what waits
     * in the queue stays bounded in memory, not only in count, when the items are large.
     *
     * @param item the item
     * @param weight its weight, 0 for small items
     */
    public void submit(T item, long weight) {
        batch.add(item);
        batchWeight += weight;
        if (batch.size() >= batchSize || batchWeight >= BATCH_WEIGHT) {
            put(batch);
            batch = new ArrayList<>(batchSize);
            batchWeight = 0;
        }
    }

    /**
     * Hands over the last items and waits until the worker has processed everything.
     *
     * @throws RuntimeException the worker's failure, if it failed
     */
    public void finish() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>(0);
        }
        put(END);
        join();
        rethrow();
    }

    /** Stops the worker without waiting for queued items (the reader failed or was cancelled). */
    @Override
    public void close() {
        if (worker.isAlive()) {
            aborted = true;
            queue.clear();
            queue.offer(END);
            join();
        }
    }

    @SuppressWarnings("unchecked")
    private void work(Consumer<? super T> consumer) {
        try {
            while (!aborted) {
                List<?> items = queue.take();
                if (items == END) {
                    return;
                }
                for (Object item : items) {
                    if (aborted) {
                        return;
                    }
                    consumer.accept((T) item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            queue.clear();
        }
    }

    private void put(List<?> items) {
        try {
            while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!worker.isAlive()) {
                    throw new IllegalStateException("the worker stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over", e);
        }
        rethrow();
    }

    private void join() {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        RuntimeException error = failure;
        if (error != null) {
            throw error;
        }
    }
}
