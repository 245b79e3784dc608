package org.trasloco.xmpp.testing;

import java.nio.file.Path;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.ServerAddress;

/**
 * A real XMPP server a test started on 127.0.0.1 ({@link TestProsody}, {@link TestEjabberd}): free
 * ports, its own temporary directory, a self-signed certificate for {@link #DOMAIN} that the tests
 * pin. Test bodies written against this interface run against every server the project supports.
 */
public interface TestServer extends AutoCloseable {

    /** The XMPP domain of every test server. */
    String DOMAIN = "localhost";

    /** How a server orders its message archive, and what its archive ids are. */
    enum ArchiveOrder {
        /** In the order items were stored; the id of an imported item is its message id (Prosody). */
        ARRIVAL,
        /** By archive time; the id is that time in microseconds (ejabberd's mod_mam). */
        TIME
    }

    /** A short name for messages, e.g. {@code Prosody} or {@code ejabberd}. */
    String software();

    /** How the archive is ordered. */
    ArchiveOrder archiveOrder();

    /** The XMPP domain. */
    default String domain() {
        return DOMAIN;
    }

    /** The STARTTLS port. */
    int c2sPort();

    /** The direct TLS port (open only when the configuration asks for it). */
    int directTlsPort();

    /** The fingerprint of the server's self-signed certificate. */
    CertificatePin pin();

    /** The service at the STARTTLS port, certificate pinned. */
    default ServerAddress address() {
        return new ServerAddress(DOMAIN, "127.0.0.1", c2sPort(), pin());
    }

    /** The service at the direct TLS port, certificate pinned. */
    default ServerAddress directTlsAddress() {
        return new ServerAddress(DOMAIN, "127.0.0.1", directTlsPort(), pin());
    }

    /** The server's temporary directory. */
    Path baseDirectory();

    /** What the server logged so far. */
    String log();

    /**
     * Creates an account with the server's administration tools (not through XMPP).
     *
     * @param username the localpart
     * @param password the password
     */
    void registerUser(String username, String password);

    /** Whether the server process runs. */
    boolean isRunning();

    /** The server's process id, while it runs. */
    long pid();

    /** Stops the server gracefully and keeps its data; {@link #restart()} brings it back. */
    void stop();

    /** Kills the server at once (SIGKILL) and keeps its data; {@link #restart()} brings it back. */
    void kill();

    /** Starts the server again with the same ports, data and certificate. */
    void restart();

    /** Stops the server and removes its directory. */
    @Override
    void close();
}
