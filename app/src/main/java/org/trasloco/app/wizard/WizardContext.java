package org.trasloco.app.wizard;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.trasloco.app.wizard.common.WizardTexts;

/**
 * What a step controller gets: the move's state, the app's settings, the texts in the window's
 * language, threads for background work, what it may ask of the desktop, and the way to start a new
 * move.
 */
public final class WizardContext {

    private final WizardState state;
    private final AppSettings settings;
    private final ExecutorService jobs;
    private final Runnable startNewMove;
    private final WizardServices services;

    WizardContext(WizardState state, AppSettings settings, ExecutorService jobs, Runnable startNewMove,
            WizardServices services) {
        this.state = state;
        this.settings = settings;
        this.jobs = jobs;
        this.startNewMove = startNewMove;
        this.services = services;
    }

    /**
     * Daemon threads for the wizard's background jobs: each step keeps its own jobs one at a time
     * (its controls are disabled while one runs), and a long one (an upload) does not hold up the
     * others.
     */
    static ExecutorService newJobThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "trasloco-wizard-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The move's state. */
    public WizardState state() {
        return state;
    }

    /** What the app remembers between runs. */
    public AppSettings settings() {
        return settings;
    }

    /** The texts in the window's current language. */
    public WizardTexts texts() {
        return WizardTexts.of(state.locale().get(), state.journeyOrMe());
    }

    /** Where background jobs run. */
    public ExecutorService jobs() {
        return jobs;
    }

    /** The file choosers. */
    public FileDialogs dialogs() {
        return services.dialogs();
    }

    /** File choosers, links opened outside the wizard, printers. */
    public WizardServices services() {
        return services;
    }

    /** Closes this move (it stays saved) and starts a new one. */
    public void startNewMove() {
        startNewMove.run();
    }
}
