package org.trasloco.xmpp.connection;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;

/**
 * Trusts exactly one server certificate: the one whose SHA-256 fingerprint the user pinned. Nothing
 * else about the certificate matters (a community server's own certificate has no authority and
 * may name only its host), because the fingerprint was checked by a person, out of band.
 */
final class PinnedTrustManager extends ServerTrustManager {

    private final CertificatePin pin;
    private final TlsObservation observation;

    PinnedTrustManager(CertificatePin pin, TlsObservation observation) {
        this.pin = pin;
        this.observation = observation;
    }

    @Override
    void checkServer(X509Certificate[] chain, String authType, Socket socket, SSLEngine engine) throws CertificateException {
        if (chain == null || chain.length == 0) {
            observation.untrusted();
            throw new CertificateException("the server presented no certificate");
        }
        observation.presented(chain[0]);
        if (!pin.matches(chain[0])) {
            observation.pinMismatch();
            throw new CertificateException("certificate does not match the pinned SHA-256 fingerprint");
        }
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
