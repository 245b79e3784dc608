package org.trasloco.xmpp.testing;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link TestProsody} and {@link TestEjabberd} share: a temporary directory, removed on
 * {@link #close()}, and a server process, stopped or killed by its own id; a JVM shutdown hook
 * closes servers a crashed test run left behind.
 */
abstract class LoopbackServer implements TestServer {

    private static final Set<LoopbackServer> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(LoopbackServer::close),
                "test-server-cleanup"));
    }

    /** The server's temporary directory. */
    final Path base;
    private final ServerProcess process;

    /**
     * @param base the server's temporary directory
     * @param process its process (not started yet)
     */
    LoopbackServer(Path base, ServerProcess process) {
        this.base = base;
        this.process = process;
        RUNNING.add(this);
    }

    /** Writes the configuration and starts the process; returns when the server is ready. */
    abstract void launch();

    /** The process, for {@link #launch()}. */
    final ServerProcess process() {
        return process;
    }

    @Override
    public final Path baseDirectory() {
        return base;
    }

    @Override
    public final boolean isRunning() {
        return process.isRunning();
    }

    @Override
    public final long pid() {
        return process.pid();
    }

    /** Stops the server gracefully (SIGTERM: it closes its streams) and keeps its data. */
    @Override
    public final void stop() {
        process.stop();
    }

    /** Kills the server at once (SIGKILL: no goodbye to clients, no clean shutdown), as a crash would. */
    @Override
    public final void kill() {
        process.kill();
    }

    @Override
    public synchronized void restart() {
        stop();
        launch();
    }

    @Override
    public synchronized void close() {
        stop();
        RUNNING.remove(this);
        LoopbackServers.deleteTree(base);
    }
}
