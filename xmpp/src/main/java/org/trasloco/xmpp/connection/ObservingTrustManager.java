package org.trasloco.xmpp.connection;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The system trust store's verdict, with the presented certificate remembered so that a refusal
 * can show its fingerprint.
 */
final class ObservingTrustManager extends ServerTrustManager {

    private final X509ExtendedTrustManager system;
    private final TlsObservation observation;

    ObservingTrustManager(X509ExtendedTrustManager system, TlsObservation observation) {
        this.system = system;
        this.observation = observation;
    }

    @Override
    void checkServer(X509Certificate[] chain, String authType, Socket socket, SSLEngine engine) throws CertificateException {
        if (chain != null && chain.length > 0) {
            observation.presented(chain[0]);
        }
        try {
            if (socket != null) {
                system.checkServerTrusted(chain, authType, socket);
            } else if (engine != null) {
                system.checkServerTrusted(chain, authType, engine);
            } else {
                system.checkServerTrusted(chain, authType);
            }
        } catch (CertificateException e) {
            observation.untrusted();
            throw e;
        }
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }
}
