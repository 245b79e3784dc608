package org.trasloco.core.progress;

/** A {@link Cancellation} that a front-end sets from another thread (a Cancel button, Ctrl-C). */
public final class CancellationFlag implements Cancellation {

    private volatile boolean cancelled;

    /** Asks the job to stop at its next check. */
    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
