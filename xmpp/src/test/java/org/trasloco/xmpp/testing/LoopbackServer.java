package org.trasloco.xmpp.testing;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.trasloco.xmpp.connection.CertificatePin;

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
    /** Its ports on 127.0.0.1. */
    final Ports ports;
    private final CertificatePin pin;
    private final ServerProcess process;

    /**
     * @param base the server's temporary directory
     * @param ports its ports
     * @param pin the fingerprint of its certificate
     * @param process its process (not started yet)
     */
    LoopbackServer(Path base, Ports ports, CertificatePin pin, ServerProcess process) {
        this.base = base;
        this.ports = ports;
        this.pin = pin;
        this.process = process;
        RUNNING.add(this);
    }

    /**
     * The ports of one server on 127.0.0.1.
     *
     * @param c2s STARTTLS
     * @param directTls direct TLS (XEP-0368), open when the configuration asks for it
     * @param http HTTP (Prosody's HTTP modules; ejabberd's administration API and CAPTCHA pictures)
     */
    record Ports(int c2s, int directTls, int http) {

        /** Three ports free right now. */
        static Ports free() {
            int[] free = LoopbackServers.freePorts(3);
            return new Ports(free[0], free[1], free[2]);
        }
    }

    @Override
    public final int c2sPort() {
        return ports.c2s();
    }

    @Override
    public final int directTlsPort() {
        return ports.directTls();
    }

    /** The HTTP port. */
    public final int httpPort() {
        return ports.http();
    }

    @Override
    public final CertificatePin pin() {
        return pin;
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
