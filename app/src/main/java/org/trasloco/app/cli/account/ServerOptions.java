package org.trasloco.app.cli.account;

import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.ServerAddress;
import picocli.CommandLine.Option;

/**
 * {@code --host}, {@code --port}, {@code --pin-sha256}: where the server is and which certificate to
 * trust. A picocli mixin of every command that connects (account, upload, verify).
 */
public final class ServerOptions {

    @Option(names = "--host", paramLabel = "HOST", descriptionKey = "host")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", descriptionKey = "port")
    private Integer port;

    @Option(names = "--pin-sha256", paramLabel = "HEX", descriptionKey = "pinSha256")
    private String pin;

    /**
     * The server of a domain, as these options say to reach it.
     *
     * @param domain the account's domain
     * @return where to connect
     */
    public ServerAddress address(String domain) {
        // The pin is read here (not by a picocli converter) so that a bad one is explained in the user's language.
        CertificatePin pinned = pin == null ? null : CertificatePin.parse(pin);
        return new ServerAddress(domain, host, port == null ? 0 : port, pinned);
    }
}
