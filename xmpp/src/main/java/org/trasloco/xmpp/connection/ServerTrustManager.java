package org.trasloco.xmpp.connection;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A trust manager for a client: every way JSSE asks about a server's certificate ends in
 * {@link #checkServer}; client certificates are never trusted, because Trasloco is only a client.
 */
abstract class ServerTrustManager extends X509ExtendedTrustManager {

    /**
     * Decides about a server's certificate chain.
     *
     * @param chain the chain, leaf first
     * @param authType the key exchange
     * @param socket the socket JSSE checks for, or {@code null}
     * @param engine the engine JSSE checks for, or {@code null}
     * @throws CertificateException when the chain is not trusted
     */
    abstract void checkServer(X509Certificate[] chain, String authType, Socket socket, SSLEngine engine)
            throws CertificateException;

    @Override
    public final void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServer(chain, authType, socket, null);
    }

    @Override
    public final void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServer(chain, authType, null, engine);
    }

    @Override
    public final void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        checkServer(chain, authType, null, null);
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("not a server");
    }

    @Override
    public final void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("not a server");
    }
}
