package org.trasloco.xmpp.connection;

import java.util.Objects;

/**
 * One place to try to connect to: a host, a port and how TLS starts there.
 *
 * @param host host name or IP address
 * @param port TCP port
 * @param transport STARTTLS or direct TLS
 */
public record Endpoint(String host, int port, Transport transport) {

    /**
     * Checks the values.
     *
     * @param host host name or IP address
     * @param port TCP port, 1–65535
     * @param transport STARTTLS or direct TLS
     */
    public Endpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(transport, "transport");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1-65535, was " + port);
        }
    }

    /** Whether this endpoint is the same host and port as another (whatever the transport). */
    boolean samePlace(Endpoint other) {
        return host.equalsIgnoreCase(other.host) && port == other.port;
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + transport + ")";
    }
}
