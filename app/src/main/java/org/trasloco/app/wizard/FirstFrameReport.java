package org.trasloco.app.wizard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For {@code bench/wizard.sh}: when the system property {@value #PROPERTY} names a file, the time from
 * the start of the process ({@code ./trasloco} execs the JVM, so it is the launcher's start) to the
 * window's first frame is written there in milliseconds, and the app quits.
 */
final class FirstFrameReport {

    /** The system property naming the report file. */
    static final String PROPERTY = "trasloco.firstFrameReport";

    private FirstFrameReport() {
    }

    /** Installs the report when the property is set. */
    static void installIfAsked(Scene scene) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The frame laid out in this pulse is drawn before the next queued runnable runs.
            Platform.runLater(() -> {
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                write(Path.of(file), Duration.between(started, Instant.now()).toMillis());
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void write(Path file, long millis) {
        try {
            Files.writeString(file, Long.toString(millis), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
