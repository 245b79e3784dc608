package org.trasloco.app.cli.io;

import java.io.PrintWriter;
import java.util.Locale;
import org.trasloco.core.progress.ProgressListener;

/**
 * A one-line progress bar on standard error, redrawn at most ten times a second, and only when
 * standard error is a terminal; otherwise it prints nothing.
 */
public final class ProgressBar implements ProgressListener, AutoCloseable {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private static final String ERASE_TO_END_OF_LINE = "\u001B[K";

    private final CliIo io;
    private final PrintWriter err;
    private final boolean enabled;
    private final String label;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    /**
     * Creates a bar.
     *
     * @param io the command's streams
     * @param label what is being done (a file name)
     */
    public ProgressBar(CliIo io, String label) {
        this.io = io;
        this.err = io.err();
        this.enabled = io.terminal();
        this.label = label.length() > 40 ? "…" + label.substring(label.length() - 39) : label;
    }

    @Override
    public void progress(long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        StringBuilder line = new StringBuilder(label).append(' ');
        if (total > 0) {
            double fraction = Math.min(1.0, (double) done / total);
            int filled = (int) Math.round(fraction * WIDTH);
            line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% %,.1f/%,.1f MB", Math.round(fraction * 100),
                            done / 1e6, total / 1e6));
            double elapsed = (now - started) / 1e9;
            if (fraction > 0.02 && elapsed > 1) {
                long left = Math.round(elapsed / fraction - elapsed);
                line.append(String.format(Locale.ROOT, " %d:%02d", left / 60, left % 60));
            }
        } else {
            line.append(String.format(Locale.ROOT, "%,.1f MB", done / 1e6));
        }
        io.control("\r");
        err.print(line);
        io.control(ERASE_TO_END_OF_LINE);
    }

    /** Clears the bar's line. */
    @Override
    public void close() {
        if (enabled && drawn) {
            io.control("\r" + ERASE_TO_END_OF_LINE);
        }
    }
}
