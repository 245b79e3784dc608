package org.trasloco.xmpp.archive.upload;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.progress.Cancellation;

/**
 * Pause, resume and cancel for a running upload, from any thread (a button, a signal handler). The
 * upload stops at the next batch boundary: what is on its way is finished and recorded first, so a
 * paused or cancelled upload resumes exactly where it stopped.
 */
public final class UploadControl implements Cancellation {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean paused;
    private boolean cancelled;

    /** Stops sending after the batch on its way, until {@link #resume()}. */
    public void pause() {
        set(true, cancelled);
    }

    /** Continues after {@link #pause()}. */
    public void resume() {
        set(false, cancelled);
    }

    /** Stops the upload after the batch on its way; it ends with a {@code CANCELLED} error. */
    public void cancel() {
        set(paused, true);
    }

    @Override
    public boolean isCancelled() {
        lock.lock();
        try {
            return cancelled;
        } finally {
            lock.unlock();
        }
    }

    private void set(boolean newPaused, boolean newCancelled) {
        lock.lock();
        try {
            paused = newPaused;
            cancelled = newCancelled;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits while paused.
     *
     * @param onPause called once when the wait begins
     * @throws TraslocoException {@code CANCELLED} when cancelled (also while paused)
     */
    void checkpoint(Runnable onPause) {
        lock.lock();
        try {
            boolean told = false;
            while (paused && !cancelled) {
                if (!told) {
                    onPause.run();
                    told = true;
                }
                changed.await();
            }
            throwIfCancelled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sleeps, ending early when cancelled.
     *
     * @param duration how long
     * @throws TraslocoException {@code CANCELLED} when cancelled
     */
    void sleep(Duration duration) {
        long nanos = duration.toNanos();
        lock.lock();
        try {
            while (nanos > 0 && !cancelled) {
                nanos = changed.awaitNanos(nanos);
            }
            throwIfCancelled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        } finally {
            lock.unlock();
        }
    }

}
