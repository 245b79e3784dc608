package org.trasloco.xmpp.connection;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How long to wait for a server, in which language to ask for its error texts, and whether to use
 * stream management (XEP-0198).
 *
 * @param connectTimeout the longest wait for a TCP connection and the TLS handshake, per endpoint
 * @param replyTimeout the longest wait for an answer to a request
 * @param language the language servers should use for their own error texts
 * @param streamManagement whether to enable stream management when the server offers it; a session
 *     that only reads (the archive read-back) is cheaper for the server without it, which then
 *     keeps no copy of every result until the client acknowledges it
 */
public record ConnectionSettings(Duration connectTimeout, Duration replyTimeout, Locale language,
        boolean streamManagement) {

    /**
     * Checks the values.
     *
     * @param connectTimeout positive
     * @param replyTimeout positive
     * @param language the language
     * @param streamManagement whether to use stream management
     */
    public ConnectionSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(replyTimeout, "replyTimeout");
        Objects.requireNonNull(language, "language");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive");
        }
        if (replyTimeout.isNegative() || replyTimeout.isZero()) {
            throw new IllegalArgumentException("replyTimeout must be positive");
        }
    }

    /** Ten seconds to connect, twenty for an answer, the default locale, stream management on. */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(Duration.ofSeconds(10), Duration.ofSeconds(20), Locale.getDefault(), true);
    }

    /**
     * The same settings with another language.
     *
     * @param newLanguage the language
     * @return new settings
     */
    public ConnectionSettings withLanguage(Locale newLanguage) {
        return new ConnectionSettings(connectTimeout, replyTimeout, newLanguage, streamManagement);
    }

    /**
     * The same settings with other timeouts.
     *
     * @param connect the connect timeout
     * @param reply the reply timeout
     * @return new settings
     */
    public ConnectionSettings withTimeouts(Duration connect, Duration reply) {
        return new ConnectionSettings(connect, reply, language, streamManagement);
    }

    /**
     * The same settings with stream management on or off.
     *
     * @param enabled whether to use stream management
     * @return new settings
     */
    public ConnectionSettings withStreamManagement(boolean enabled) {
        return new ConnectionSettings(connectTimeout, replyTimeout, language, enabled);
    }
}
