package org.trasloco.xmpp.archive.upload;

import java.time.Duration;

/** Waits that double after each failure, from a first wait up to a longest one; reset on success. */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** The next wait; the one after it is twice as long (at most the longest). */
    Duration next() {
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return wait;
    }

    /** Starts again from the first wait. */
    void reset() {
        next = first;
    }
}
