package org.trasloco.xmpp.connection;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jivesoftware.smack.java7.XmppHostnameVerifier;

/**
 * The trust decisions of one connection attempt: which certificates are accepted (the system trust
 * store, or only the pinned one) and whether the certificate must name the XMPP domain (yes, unless
 * pinned: the pin is then the server's identity).
 */
final class TlsTrust {

    private final TlsObservation observation = new TlsObservation();
    private final ServerTrustManager trustManager;
    private final HostnameVerifier hostnameVerifier;

    private TlsTrust(ServerAddress address) {
        if (address.pin() != null) {
            trustManager = new PinnedTrustManager(address.pin(), observation);
            hostnameVerifier = (hostname, session) -> true;
        } else {
            trustManager = new ObservingTrustManager(systemTrustManager(), observation);
            HostnameVerifier delegate = new XmppHostnameVerifier();
            hostnameVerifier = (String hostname, SSLSession session) -> {
                boolean ok = delegate.verify(hostname, session);
                if (!ok) {
                    observation.hostnameMismatch();
                }
                return ok;
            };
        }
    }

    /** Fresh trust decisions (and a fresh observation) for one attempt. */
    static TlsTrust forAddress(ServerAddress address) {
        return new TlsTrust(address);
    }

    X509ExtendedTrustManager trustManager() {
        return trustManager;
    }

    HostnameVerifier hostnameVerifier() {
        return hostnameVerifier;
    }

    TlsObservation observation() {
        return observation;
    }

    /** A TLS context for direct TLS with the same trust manager; no client certificate. */
    SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS", e);
        }
    }

    private static X509ExtendedTrustManager systemTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK offers no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the system trust store cannot be read", e);
        }
    }
}
