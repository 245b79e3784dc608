package org.trasloco.xmpp.connection;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;

/** Makes {@link DirectTlsSocket}s for one connection attempt. */
final class DirectTlsSocketFactory extends SocketFactory {

    private final SSLContext context;
    private final String domain;
    private final HostnameVerifier verifier;
    private final int timeoutMillis;

    DirectTlsSocketFactory(SSLContext context, String domain, HostnameVerifier verifier, int timeoutMillis) {
        this.context = context;
        this.domain = domain;
        this.verifier = verifier;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Socket createSocket() {
        return new DirectTlsSocket(context, domain, verifier);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return createSocket(address, port);
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket socket = createSocket();
        socket.connect(address, timeoutMillis);
        return socket;
    }
}
