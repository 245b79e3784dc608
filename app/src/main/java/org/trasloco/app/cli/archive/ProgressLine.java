package org.trasloco.app.cli.archive;

import java.io.PrintWriter;
import java.time.Duration;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.move.history.HistoryListener;
import org.trasloco.xmpp.archive.upload.UploadProgress;

/**
 * The upload's progress on standard error: a line redrawn at most ten times a second on a terminal;
 * reconnections and waits are said in words on any standard error.
 */
final class ProgressLine implements HistoryListener {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final CliIo io;
    private final PrintWriter err;
    private UploadProgress.State lastState;
    private long lastDraw;
    private boolean drawn;

    ProgressLine(CliIo io) {
        this.io = io;
        this.err = io.err();
    }

    @Override
    public synchronized void progress(UploadProgress progress) {
        if (progress.state() != lastState) {
            lastState = progress.state();
            ArchiveCliText said = switch (progress.state()) {
                case RECONNECTING -> ArchiveCliText.RECONNECTING;
                case WAITING -> ArchiveCliText.WAITING;
                default -> null;
            };
            if (said != null) {
                endLine();
                err.println(said.format(io.locale()));
                err.flush();
            }
        }
        if (!io.terminal()) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS && progress.state() != UploadProgress.State.FINISHED) {
            return;
        }
        lastDraw = now;
        drawn = true;
        String line = ArchiveCliText.PROGRESS.format(io.locale(), progress.done(), progress.total(),
                progress.bytesDone() / 1e6, progress.bytesTotal() / 1e6);
        if (progress.timeLeft().isPresent()) {
            Duration left = progress.timeLeft().get();
            line += " " + ArchiveCliText.PROGRESS_LEFT.format(io.locale(),
                    String.format("%d:%02d", left.toMinutes(), left.toSecondsPart()));
        }
        io.control("\r");
        err.print(line);
        io.control("\u001B[K");
    }

    @Override
    public void phase(Phase phase) {
        endLine();
    }

    /** Ends the redrawn line, so that what follows starts on its own line. */
    synchronized void endLine() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}
