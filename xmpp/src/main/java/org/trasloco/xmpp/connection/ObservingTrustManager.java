package org.trasloco.xmpp.connection;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The system trust store's verdict, with the presented certificate remembered so that a refusal
 * can show its fingerprint. Client certificates are never trusted: Trasloco is only a client.
 */
final class ObservingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager system;
    private final TlsObservation observation;

    ObservingTrustManager(X509ExtendedTrustManager system, TlsObservation observation) {
        this.system = system;
        this.observation = observation;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        observe(chain);
        try {
            system.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            observation.untrusted();
            throw e;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        observe(chain);
        try {
            system.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            observation.untrusted();
            throw e;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        observe(chain);
        try {
            system.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            observation.untrusted();
            throw e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    private void observe(X509Certificate[] chain) {
        if (chain != null && chain.length > 0) {
            observation.presented(chain[0]);
        }
    }
}
