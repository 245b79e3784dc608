package org.trasloco.xmpp.archive.upload;

import java.time.Duration;

/** Keeps sending at or below a rate (messages per second), so the server never has to refuse. */
final class Pacer {

    private final int rate;
    private long nextAllowed;

    /** @param rate messages per second; 0 for no limit */
    Pacer(int rate) {
        this.rate = rate;
        this.nextAllowed = System.nanoTime();
    }

    /**
     * How long to wait before sending some messages, and books them.
     *
     * @param messages how many will be sent
     * @return the wait, zero when none is needed
     */
    Duration book(int messages) {
        if (rate <= 0) {
            return Duration.ZERO;
        }
        long now = System.nanoTime();
        long start = Math.max(now, nextAllowed);
        nextAllowed = start + messages * 1_000_000_000L / rate;
        return Duration.ofNanos(start - now);
    }
}
