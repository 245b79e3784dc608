package org.trasloco.app.wizard;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.trasloco.app.wizard.common.WizardTexts;

/**
 * What a step controller gets: the move's state, the app's settings, the texts in the window's
 * language, a thread for background work, and the way to start a new move.
 */
public final class WizardContext {

    private final WizardState state;
    private final AppSettings settings;
    private final ExecutorService jobs;
    private final Runnable startNewMove;
    private final FileDialogs dialogs;

    WizardContext(WizardState state, AppSettings settings, ExecutorService jobs, Runnable startNewMove,
            FileDialogs dialogs) {
        this.state = state;
        this.settings = settings;
        this.jobs = jobs;
        this.startNewMove = startNewMove;
        this.dialogs = dialogs;
    }

    /** A single daemon thread for the wizard's background jobs (imports run one at a time). */
    static ExecutorService newJobThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "trasloco-wizard-job");
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
        return WizardTexts.of(state.locale().get());
    }

    /** Where background jobs run. */
    public ExecutorService jobs() {
        return jobs;
    }

    /** The file choosers. */
    public FileDialogs dialogs() {
        return dialogs;
    }

    /** Closes this move (it stays saved) and starts a new one. */
    public void startNewMove() {
        startNewMove.run();
    }
}
