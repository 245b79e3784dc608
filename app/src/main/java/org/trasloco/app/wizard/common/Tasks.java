package org.trasloco.app.wizard.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.trasloco.core.error.TraslocoException;

/**
 * Background work for the wizard's steps, the way Cryptomator's wizard does it: the work runs on an
 * executor, its result or its error comes back on the JavaFX thread to the handler typed for it,
 * and a {@code finally} part runs after either. This is the one place that logs a step's failure:
 * a domain error once as what the user was told, anything else once with its stack trace.
 *
 * <pre>{@code
 * Tasks.create(() -> workflow.prepare(...))
 *     .onSuccess(this::show)
 *     .onError(TraslocoException.class, this::explain)
 *     .andFinally(() -> busy.set(false))
 *     .runOnce(context.jobs());
 * }</pre>
 */
public final class Tasks {

    private static final System.Logger LOG = System.getLogger(Tasks.class.getName());

    private Tasks() {
    }

    /**
     * Starts describing a piece of background work.
     *
     * @param work the work; runs on the executor
     * @param <T> its result
     * @return a builder for the handlers
     */
    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(Objects.requireNonNull(work, "work"));
    }

    /**
     * Background work without a result.
     *
     * @param work the work
     * @return a builder for the handlers
     */
    public static Builder<Void> create(Runnable work) {
        Objects.requireNonNull(work, "work");
        return create(() -> {
            work.run();
            return null;
        });
    }

    /**
     * The handlers of a piece of work, all run on the JavaFX thread.
     *
     * @param <T> the work's result
     */
    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> success = result -> { };
        private final List<Handler<?>> errors = new ArrayList<>();
        private Runnable always = () -> { };

        private Builder(Callable<T> work) {
            this.work = work;
        }

        /**
         * What to do with the result.
         *
         * @param handler takes the result
         * @return this builder
         */
        public Builder<T> onSuccess(Consumer<T> handler) {
            this.success = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * What to do with an error of a type; the first matching handler, in the order added, takes it.
         *
         * @param type the error's type
         * @param handler takes the error
         * @param <E> the type
         * @return this builder
         */
        public <E extends Throwable> Builder<T> onError(Class<E> type, Consumer<E> handler) {
            errors.add(new Handler<>(type, handler));
            return this;
        }

        /**
         * What to do after the success or the error handler.
         *
         * @param action the action
         * @return this builder
         */
        public Builder<T> andFinally(Runnable action) {
            this.always = Objects.requireNonNull(action, "action");
            return this;
        }

        /**
         * Starts the work.
         *
         * @param executor where it runs
         * @return the task (to cancel it)
         */
        public Task<T> runOnce(Executor executor) {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(event -> {
                try {
                    success.accept(task.getValue());
                } finally {
                    always.run();
                }
            });
            task.setOnFailed(event -> {
                try {
                    handle(task.getException());
                } finally {
                    always.run();
                }
            });
            task.setOnCancelled(event -> always.run());
            executor.execute(task);
            return task;
        }

        private void handle(Throwable error) {
            log(error);
            for (Handler<?> handler : errors) {
                if (handler.accepts(error)) {
                    handler.accept(error);
                    return;
                }
            }
            // Nobody expected it: the window's last resort shows it (WizardApplication's handler).
            Thread current = Thread.currentThread();
            Platform.runLater(() -> current.getUncaughtExceptionHandler().uncaughtException(current, error));
        }
    }

    private static void log(Throwable error) {
        if (error instanceof TraslocoException domain) {
            LOG.log(System.Logger.Level.INFO, "step failed: {0}", domain.getMessage());
        } else {
            LOG.log(System.Logger.Level.ERROR, "step failed unexpectedly", error);
        }
    }

    private record Handler<E extends Throwable>(Class<E> type, Consumer<E> consumer) {
        boolean accepts(Throwable error) {
            return type.isInstance(error);
        }

        void accept(Throwable error) {
            consumer.accept(type.cast(error));
        }
    }
}
