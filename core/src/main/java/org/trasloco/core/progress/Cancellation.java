package org.trasloco.core.progress;

import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;

/** Asked by a long job, between units of work, whether the user has cancelled it. */
@FunctionalInterface
public interface Cancellation {

    /** A job that cannot be cancelled. */
    Cancellation NEVER = () -> false;

    /** Whether the user has asked to stop. */
    boolean isCancelled();

    /**
     * Stops the job when cancelled.
     *
     * @throws TraslocoException of kind {@link TraslocoException.Kind#CANCELLED} when cancelled
     */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
    }
}
