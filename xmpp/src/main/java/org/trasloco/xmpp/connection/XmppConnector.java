package org.trasloco.xmpp.connection;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;

/**
 * Opens secure connections to XMPP services. Every connection is TLS before anything else is said:
 * STARTTLS is required (a server that does not offer it is refused), or the socket is TLS from the
 * start (direct TLS). Authentication mechanisms are limited to SCRAM-SHA-1 and PLAIN, and both only
 * ever run inside that TLS.
 *
 * <p>Endpoints are tried in the order of {@link EndpointPlanner}; a certificate problem stops at
 * once, a network problem moves on to the next endpoint. When all fail, the most telling failure is
 * reported in plain language.
 */
public final class XmppConnector {

    private static final System.Logger LOG = System.getLogger(XmppConnector.class.getName());
    private static final List<String> SASL_MECHANISMS = List.of("SCRAM-SHA-1", "PLAIN");

    private final ConnectionSettings settings;
    private final EndpointPlanner planner;

    /**
     * A connector with the given settings and the system's DNS.
     *
     * @param settings timeouts and language
     */
    public XmppConnector(ConnectionSettings settings) {
        this(settings, SrvResolver.system());
    }

    /**
     * A connector with the given settings and DNS resolver.
     *
     * @param settings timeouts and language
     * @param resolver SRV lookups
     */
    public XmppConnector(ConnectionSettings settings, SrvResolver resolver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.planner = new EndpointPlanner(resolver);
    }

    /** The settings of this connector. */
    public ConnectionSettings settings() {
        return settings;
    }

    /**
     * Connects to a service (not logged in yet): TLS is up and the stream features are known, so
     * the caller can register an account or log in.
     *
     * @param address the service
     * @return the open session; close it when done
     * @throws TraslocoException of kind {@code CONNECTION} when no endpoint could be reached
     *     securely, {@code CANCELLED} when the thread was interrupted
     */
    public XmppSession open(ServerAddress address) {
        Objects.requireNonNull(address, "address");
        StreamFeatureMarker.ensureRegistered();
        List<ConnectionFailure> failures = new ArrayList<>();
        ConnectionFailure previous = null;
        for (Endpoint endpoint : planner.plan(address)) {
            if (previous != null && previous.reason().unreachable() && previous.endpoint().samePlace(endpoint)) {
                continue;
            }
            Attempt attempt = attempt(address, endpoint);
            if (attempt.session() != null) {
                return attempt.session();
            }
            ConnectionFailure failure = attempt.failure();
            failures.add(failure);
            previous = failure;
            if (failure.reason().decisive()) {
                throw failure.toException(address);
            }
        }
        ConnectionFailure best = failures.stream()
                .min(Comparator.comparingInt(failure -> failure.reason().ordinal()))
                .orElseThrow();
        throw best.toException(address);
    }

    /** The outcome of one attempt: a session, or why there is none. */
    private record Attempt(XmppSession session, ConnectionFailure failure) {
    }

    private Attempt attempt(ServerAddress address, Endpoint endpoint) {
        try {
            InetAddress.getAllByName(endpoint.host());
        } catch (UnknownHostException e) {
            return new Attempt(null, ConnectionFailure.dns(e, endpoint));
        }
        TlsTrust trust = TlsTrust.forAddress(address);
        XMPPTCPConnection connection = new XMPPTCPConnection(configuration(address, endpoint, trust));
        connection.setReplyTimeout(settings.replyTimeout().toMillis());
        connection.setUseStreamManagement(settings.streamManagement());
        try {
            connection.connect();
            LOG.log(Level.DEBUG, "connected to {0} at {1}", address.domain(), endpoint);
            return new Attempt(new XmppSession(connection, address, endpoint, trust.observation().presented(), settings),
                    null);
        } catch (SmackException | IOException | XMPPException e) {
            connection.disconnect();
            ConnectionFailure failure = ConnectionFailure.classify(e, trust.observation(), endpoint);
            LOG.log(Level.DEBUG, "connection attempt failed: {0}", failure);
            return new Attempt(null, failure);
        } catch (InterruptedException e) {
            connection.disconnect();
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
    }

    private XMPPTCPConnectionConfiguration configuration(ServerAddress address, Endpoint endpoint, TlsTrust trust) {
        int timeout = (int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis());
        XMPPTCPConnectionConfiguration.Builder builder = XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(address.jid())
                .setHost(endpoint.host())
                .setPort(endpoint.port())
                .setCustomX509TrustManager(trust.trustManager())
                .setKeyManagers(new KeyManager[0])
                .setHostnameVerifier(trust.hostnameVerifier())
                .setConnectTimeout(timeout)
                .setSendPresence(false)
                .setCompressionEnabled(false)
                .setLanguage(settings.language())
                .addEnabledSaslMechanism(SASL_MECHANISMS);
        if (endpoint.transport() == Transport.DIRECT_TLS) {
            // The socket is TLS before Smack sees it; Smack must not look for STARTTLS on top.
            builder.setSecurityMode(SecurityMode.disabled)
                    .setSocketFactory(new DirectTlsSocketFactory(trust.sslContext(), address.domain(),
                            trust.hostnameVerifier(), timeout));
        } else {
            builder.setSecurityMode(SecurityMode.required).setSocketFactory(new NoDelaySocketFactory());
        }
        return builder.build();
    }
}
