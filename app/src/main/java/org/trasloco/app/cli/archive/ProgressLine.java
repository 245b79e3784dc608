package org.trasloco.app.cli.archive;

import java.io.PrintWriter;
import java.time.Duration;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.move.history.HistoryListener;
import org.trasloco.xmpp.archive.upload.UploadProgress;

/**
 * The upload's progress on standard error, readable wherever it goes: on a terminal a line redrawn at
 * most ten times a second; otherwise (a log file, a pipe) a plain line every few seconds with the
 * counts and the time left. Either way, once the first seconds have shown the server's speed, the
 * expected duration is said once, and reconnections and waits are said in words.
 */
final class ProgressLine implements HistoryListener {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long PLAIN_LINE_NANOS = 5_000_000_000L;

    private final CliIo io;
    private final PrintWriter err;
    private final UploadEstimate estimate = new UploadEstimate();
    private UploadProgress.State lastState;
    private long lastDraw;
    private boolean drawn;
    private boolean printedOnce;

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
        estimate.expected(progress).ifPresent(total -> {
            endLine();
            err.println(ArchiveCliText.EXPECTED_DURATION.format(io.locale(), UploadEstimate.minutes(total)));
            err.flush();
        });
        long now = System.nanoTime();
        boolean last = progress.state() == UploadProgress.State.FINISHED;
        long every = io.terminal() ? REDRAW_NANOS : PLAIN_LINE_NANOS;
        if (printedOnce && now - lastDraw < every && !last) {
            return;
        }
        lastDraw = now;
        printedOnce = true;
        String line = ArchiveCliText.PROGRESS.format(io.locale(), progress.done(), progress.total(),
                progress.bytesDone() / 1e6, progress.bytesTotal() / 1e6);
        if (progress.timeLeft().isPresent()) {
            Duration left = progress.timeLeft().get();
            line += " " + ArchiveCliText.PROGRESS_LEFT.format(io.locale(),
                    String.format("%d:%02d", left.toMinutes(), left.toSecondsPart()));
        }
        if (io.terminal()) {
            drawn = true;
            io.control("\r");
            err.print(line);
            io.control("\u001B[K");
        } else {
            err.println(line);
            err.flush();
        }
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
