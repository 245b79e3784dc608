package org.trasloco.core.ids;

/**
 * Counts how often each 64-bit key was seen, forgetting keys whose timestamp fell out of a sliding
 * window behind the latest timestamp. An open-addressing table of primitives and a ring of
 * insertions: no boxing, no allocation per message (this runs once for every message imported).
 */
final class OccurrenceWindow {

    private static final long EMPTY = 0L;

    private final long windowSeconds;
    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private int size;
    private long[] ringSeconds = new long[1024];
    private long[] ringKeys = new long[1024];
    private int ringHead;
    private int ringSize;
    private long latestSecond = Long.MIN_VALUE;

    OccurrenceWindow(long windowSeconds) {
        this.windowSeconds = windowSeconds;
    }

    /** Records one more sighting of {@code key} at {@code second}; returns how often it was seen before. */
    int increment(long second, long key) {
        long k = key == EMPTY ? 1 : key;
        if (second > latestSecond) {
            latestSecond = second;
            evictOlderThan(latestSecond - windowSeconds);
        }
        int slot = find(k);
        if (keys[slot] == k) {
            return counts[slot]++;
        }
        keys[slot] = k;
        counts[slot] = 1;
        size++;
        remember(second, k);
        if (size * 2 > keys.length) {
            rehash(keys.length * 2);
        }
        return 0;
    }

    private void evictOlderThan(long oldest) {
        while (ringSize > 0 && ringSeconds[ringHead] < oldest) {
            remove(ringKeys[ringHead]);
            ringHead = (ringHead + 1) % ringSeconds.length;
            ringSize--;
        }
    }

    private void remember(long second, long key) {
        if (ringSize == ringSeconds.length) {
            long[] seconds = new long[ringSeconds.length * 2];
            long[] keysInOrder = new long[ringKeys.length * 2];
            for (int i = 0; i < ringSize; i++) {
                int from = (ringHead + i) % ringSeconds.length;
                seconds[i] = ringSeconds[from];
                keysInOrder[i] = ringKeys[from];
            }
            ringSeconds = seconds;
            ringKeys = keysInOrder;
            ringHead = 0;
        }
        int tail = (ringHead + ringSize) % ringSeconds.length;
        ringSeconds[tail] = second;
        ringKeys[tail] = key;
        ringSize++;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Removes a key, shifting later entries of its probe run back (linear probing deletion). */
    private void remove(long key) {
        int mask = keys.length - 1;
        int slot = find(key);
        if (keys[slot] != key) {
            return;
        }
        keys[slot] = EMPTY;
        size--;
        int next = (slot + 1) & mask;
        while (keys[next] != EMPTY) {
            long moving = keys[next];
            int count = counts[next];
            keys[next] = EMPTY;
            int target = find(moving);
            keys[target] = moving;
            counts[target] = count;
            next = (next + 1) & mask;
        }
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[capacity];
        counts = new int[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    /** How many keys are currently remembered (bounded by the window). */
    int remembered() {
        return size;
    }
}
