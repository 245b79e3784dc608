package org.trasloco.xmpp.connection;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StreamError;
import org.jivesoftware.smack.util.rce.RemoteConnectionException;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.XmppMessages;

/**
 * Why one connection attempt failed, worked out from the exception Smack threw and from what the
 * attempt's trust manager saw. Certificate problems end the whole connection (trying another
 * endpoint of the same server cannot make its certificate trustworthy); network problems let the
 * next endpoint be tried.
 */
final class ConnectionFailure {

    /** The kinds, from the most to the least telling: the best one is reported when all attempts fail. */
    enum Reason {
        PIN_MISMATCH(true),
        UNTRUSTED(true),
        HOSTNAME_MISMATCH(true),
        HOST_UNKNOWN(true),
        NO_TLS(false),
        TIMEOUT(false),
        REFUSED(false),
        CLOSED(false),
        PROTOCOL_MISMATCH(false),
        DNS(false),
        OTHER(false);

        private final boolean decisive;

        Reason(boolean decisive) {
            this.decisive = decisive;
        }

        /** Whether no other endpoint should be tried after this. */
        boolean decisive() {
            return decisive;
        }

        /** Whether the place itself cannot be reached, so another transport on it is pointless. */
        boolean unreachable() {
            return this == DNS || this == REFUSED || this == TIMEOUT;
        }
    }

    private final Reason reason;
    private final Endpoint endpoint;
    private final X509Certificate presented;
    private final Throwable error;

    private ConnectionFailure(Reason reason, Endpoint endpoint, X509Certificate presented, Throwable error) {
        this.reason = reason;
        this.endpoint = endpoint;
        this.presented = presented;
        this.error = error;
    }

    Reason reason() {
        return reason;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /**
     * Classifies the failure of one attempt.
     *
     * @param error what Smack or the socket threw
     * @param observation what the attempt's TLS saw
     * @param endpoint where the attempt went
     * @return the failure
     */
    static ConnectionFailure classify(Throwable error, TlsObservation observation, Endpoint endpoint) {
        X509Certificate presented = observation.presented();
        if (observation.isPinMismatch()) {
            return new ConnectionFailure(Reason.PIN_MISMATCH, endpoint, presented, error);
        }
        if (observation.isUntrusted()) {
            return new ConnectionFailure(Reason.UNTRUSTED, endpoint, presented, error);
        }
        if (observation.isHostnameMismatch()) {
            return new ConnectionFailure(Reason.HOSTNAME_MISMATCH, endpoint, presented, error);
        }
        return new ConnectionFailure(reasonOf(error), endpoint, presented, error);
    }

    /**
     * A DNS failure found before Smack was asked.
     *
     * @param error the lookup's exception
     * @param endpoint the endpoint whose host was not found
     * @return the failure
     */
    static ConnectionFailure dns(UnknownHostException error, Endpoint endpoint) {
        return new ConnectionFailure(Reason.DNS, endpoint, null, error);
    }

    private static Reason reasonOf(Throwable error) {
        for (Throwable cause : causes(error)) {
            if (cause instanceof UnknownHostException) {
                return Reason.DNS;
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof PortUnreachableException) {
                return Reason.REFUSED;
            }
            if (cause instanceof SocketTimeoutException || cause instanceof SmackException.NoResponseException) {
                return Reason.TIMEOUT;
            }
            if (cause instanceof SmackException.SecurityRequiredByClientException
                    || cause instanceof SmackException.SecurityRequiredException) {
                return Reason.NO_TLS;
            }
            if (cause instanceof SSLPeerUnverifiedException) {
                return Reason.HOSTNAME_MISMATCH;
            }
            if (cause instanceof XMPPException.StreamErrorException stream) {
                StreamError.Condition condition = stream.getStreamError().getCondition();
                return condition == StreamError.Condition.host_unknown ? Reason.HOST_UNKNOWN : Reason.CLOSED;
            }
            if (cause instanceof SSLException ssl && !(cause instanceof SSLHandshakeException)
                    && looksLikePlaintext(ssl)) {
                return Reason.PROTOCOL_MISMATCH;
            }
            if (cause instanceof EOFException || cause instanceof SSLHandshakeException
                    || cause instanceof SmackException.NotConnectedException
                    || cause instanceof SocketException) {
                return Reason.CLOSED;
            }
        }
        return Reason.OTHER;
    }

    private static boolean looksLikePlaintext(SSLException error) {
        String message = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("unrecognized ssl message") || message.contains("plaintext");
    }

    /** The exception, its causes, and the per-address exceptions Smack collects, breadth first. */
    private static Iterable<Throwable> causes(Throwable error) {
        Deque<Throwable> queue = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        java.util.List<Throwable> ordered = new java.util.ArrayList<>();
        queue.add(error);
        while (!queue.isEmpty()) {
            Throwable next = queue.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            ordered.add(next);
            if (next instanceof SmackException.EndpointConnectionException endpoints) {
                for (RemoteConnectionException<?> attempt : endpoints.getConnectionExceptions()) {
                    queue.add(attempt.getException());
                }
            }
            if (next.getCause() != null) {
                queue.add(next.getCause());
            }
        }
        return ordered;
    }

    /**
     * The plain-language exception for the user.
     *
     * @param address the service the user asked for
     * @return the exception, with the technical cause attached
     */
    TraslocoException toException(ServerAddress address) {
        String domain = address.domain();
        String fingerprint = presented == null ? "?" : CertificatePin.of(presented).display();
        return switch (reason) {
            case PIN_MISMATCH -> exception(Kind.CONNECTION, XmppMessages.CONNECTION_PIN_MISMATCH, domain,
                    address.pin() == null ? "?" : address.pin().display(), fingerprint);
            case UNTRUSTED -> untrusted(UntrustedCertificateException.Problem.UNKNOWN_ISSUER,
                    XmppMessages.CONNECTION_UNTRUSTED, domain, fingerprint);
            case HOSTNAME_MISMATCH -> untrusted(UntrustedCertificateException.Problem.OTHER_NAME,
                    XmppMessages.CONNECTION_HOSTNAME_MISMATCH, domain, fingerprint);
            case HOST_UNKNOWN -> exception(Kind.CONNECTION, XmppMessages.CONNECTION_HOST_UNKNOWN, domain, endpoint.host());
            case NO_TLS -> exception(Kind.CONNECTION, XmppMessages.CONNECTION_NO_TLS, domain);
            case TIMEOUT -> exception(Kind.CONNECTION, XmppMessages.CONNECTION_TIMEOUT, endpoint.host(), endpoint.port());
            case REFUSED -> exception(Kind.CONNECTION, XmppMessages.CONNECTION_REFUSED, endpoint.host(), endpoint.port());
            case CLOSED, PROTOCOL_MISMATCH -> exception(Kind.CONNECTION, XmppMessages.CONNECTION_CLOSED, endpoint.host(),
                    endpoint.port());
            case DNS -> exception(Kind.CONNECTION, XmppMessages.CONNECTION_DNS, endpoint.host());
            case OTHER -> exception(Kind.CONNECTION, XmppMessages.CONNECTION_FAILED, domain, String.valueOf(error));
        };
    }

    /**
     * A certificate the user may decide to trust: typed, with the fingerprint presented, when the
     * attempt saw the certificate (a hostname refused by the socket alone carries none).
     */
    private TraslocoException untrusted(UntrustedCertificateException.Problem problem, XmppMessages key, String domain,
            String fingerprint) {
        if (presented == null) {
            return exception(Kind.CONNECTION, key, domain, fingerprint);
        }
        return new UntrustedCertificateException(problem, domain, CertificatePin.of(presented),
                LocalizedText.of(key, domain, fingerprint), error);
    }

    private TraslocoException exception(Kind kind, XmppMessages key, Object... args) {
        return new TraslocoException(kind, LocalizedText.of(key, args), error);
    }

    @Override
    public String toString() {
        return reason + " at " + endpoint + ": " + error;
    }
}
