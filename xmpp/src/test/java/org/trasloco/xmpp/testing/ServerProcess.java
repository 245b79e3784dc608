package org.trasloco.xmpp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The process of one test server: started by the harness, waited for until it listens, stopped
 * (SIGTERM, then SIGKILL if it lingers) or killed by its own process id, never by name.
 */
final class ServerProcess {

    private final String name;
    private final Duration startTimeout;
    private final Duration stopTimeout;
    private Process process;

    /**
     * @param name the server, for messages
     * @param startTimeout how long it may take to listen
     * @param stopTimeout how long it may take to stop before it is killed
     */
    ServerProcess(String name, Duration startTimeout, Duration stopTimeout) {
        this.name = name;
        this.startTimeout = startTimeout;
        this.stopTimeout = stopTimeout;
    }

    /**
     * Starts the server and waits until it is ready: every port listens and {@code ready} says so.
     *
     * @param builder the command, its output already redirected
     * @param ports the ports it must listen on (127.0.0.1)
     * @param ready whatever else it must have done
     * @param log what it logged, for the message when it fails
     */
    synchronized void start(ProcessBuilder builder, List<Integer> ports, BooleanSupplier ready, Supplier<String> log) {
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + log.get());
            }
            if (ports.stream().allMatch(LoopbackServers::listening) && ready.getAsBoolean()) {
                return;
            }
            LoopbackServers.pause(Duration.ofMillis(50));
        }
        stop();
        throw new IllegalStateException(name + " did not start within " + startTimeout + ":\n" + log.get());
    }

    /** Whether the process runs. */
    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The process id, while it runs. */
    synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("the test " + name + " is not running");
        }
        return process.pid();
    }

    /** Stops the process gracefully (SIGTERM); kills it if it is still there after the stop timeout. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(stopTimeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the process at once (SIGKILL: no clean shutdown), as a crash would. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
