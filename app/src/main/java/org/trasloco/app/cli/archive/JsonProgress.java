package org.trasloco.app.cli.archive;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import org.trasloco.move.history.HistoryListener;
import org.trasloco.xmpp.archive.upload.UploadProgress;
import org.trasloco.xmpp.archive.verify.VerificationReport;

/**
 * The upload for scripts ({@code upload --json}): one JSON object per line on standard output, each
 * with an {@code event}: {@code phase}, {@code expected} (the run's duration at the speed measured),
 * {@code progress} (at most once a second, and the last), {@code state} (reconnecting, waiting),
 * and {@code result} at the end (one for the user's archive, one per group chat, with its {@code room}).
 */
final class JsonProgress implements HistoryListener, AutoCloseable {

    private static final long EVERY_NANOS = 1_000_000_000L;

    private final JsonGenerator json;
    private final UploadEstimate estimate = new UploadEstimate();
    private UploadProgress.State lastState;
    private long lastEvent;
    private boolean sentOnce;

    JsonProgress(OutputStream out) {
        try {
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void phase(Phase phase) {
        event("phase", () -> json.writeStringField("phase", phase.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    public synchronized void progress(UploadProgress progress) {
        if (progress.state() != lastState) {
            lastState = progress.state();
            if (progress.state() == UploadProgress.State.RECONNECTING || progress.state() == UploadProgress.State.WAITING) {
                event("state", () -> json.writeStringField("state", progress.state().name().toLowerCase(Locale.ROOT)));
            }
        }
        estimate.expected(progress).ifPresent(expected -> event("expected",
                () -> json.writeNumberField("seconds", expected.toSeconds())));
        long now = System.nanoTime();
        if (sentOnce && now - lastEvent < EVERY_NANOS && progress.state() != UploadProgress.State.FINISHED) {
            return;
        }
        sentOnce = true;
        lastEvent = now;
        event("progress", () -> {
            json.writeStringField("state", progress.state().name().toLowerCase(Locale.ROOT));
            json.writeNumberField("done", progress.done());
            json.writeNumberField("sent", progress.sent());
            json.writeNumberField("total", progress.total());
            json.writeNumberField("bytesDone", progress.bytesDone());
            json.writeNumberField("bytesTotal", progress.bytesTotal());
            json.writeNumberField("elapsedSeconds", progress.elapsed().toMillis() / 1000.0);
            if (progress.timeLeft().isPresent()) {
                json.writeNumberField("secondsLeft", progress.timeLeft().map(Duration::toSeconds).orElseThrow());
            }
        });
    }

    /**
     * What the read-back confirmed, of the user's own archive or of a group chat's (one event each).
     *
     * @param room the group chat's address, or {@code null} for the user's own archive
     * @param report the read-back
     * @param mediaFailed how many attachments could not be uploaded
     */
    void result(String room, VerificationReport report, int mediaFailed) {
        event("result", () -> {
            if (room != null) {
                json.writeStringField("room", room);
            }
            json.writeNumberField("confirmed", report.confirmed());
            json.writeNumberField("expected", report.expected());
            json.writeBooleanField("complete", report.complete());
            json.writeNumberField("mediaFailed", mediaFailed);
        });
    }

    /** The fields of one event. */
    @FunctionalInterface
    private interface Fields {
        void write() throws IOException;
    }

    private synchronized void event(String name, Fields fields) {
        try {
            json.writeStartObject();
            json.writeStringField("event", name);
            fields.write();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
