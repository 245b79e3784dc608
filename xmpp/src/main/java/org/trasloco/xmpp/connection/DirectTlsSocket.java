package org.trasloco.xmpp.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.List;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;

/**
 * A socket that is TLS from its first byte (XEP-0368), handed to Smack as if it were a plain socket.
 * Smack 4.4 only knows STARTTLS; by finishing the handshake, and checking the certificate, inside
 * {@link #connect(SocketAddress, int)}, Smack only ever sees a connection that is already secure.
 * The SNI name is the XMPP domain and the ALPN protocol {@code xmpp-client}, as XEP-0368 asks.
 */
final class DirectTlsSocket extends Socket {

    private final SSLContext context;
    private final String domain;
    private final HostnameVerifier verifier;
    private volatile SSLSocket tls;
    private volatile boolean closed;

    DirectTlsSocket(SSLContext context, String domain, HostnameVerifier verifier) {
        this.context = context;
        this.domain = domain;
        this.verifier = verifier;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setServerNames(List.of(new SNIHostName(domain)));
        parameters.setApplicationProtocols(new String[] {"xmpp-client"});
        socket.setSSLParameters(parameters);
        // As NoDelaySocketFactory explains: no waiting for delayed acknowledgements.
        socket.setTcpNoDelay(true);
        try {
            socket.connect(endpoint, timeout);
            socket.setSoTimeout(timeout);
            socket.startHandshake();
            socket.setSoTimeout(0);
            if (!verifier.verify(domain, socket.getSession())) {
                throw new SSLPeerUnverifiedException("the certificate does not name " + domain);
            }
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
        tls = socket;
        if (closed) {
            socket.close();
            throw new SocketException("closed while connecting");
        }
    }

    private SSLSocket require() throws SocketException {
        SSLSocket socket = tls;
        if (socket == null) {
            throw new SocketException("not connected");
        }
        return socket;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return require().getInputStream();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return require().getOutputStream();
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        SSLSocket socket = tls;
        if (socket != null) {
            socket.close();
        }
        super.close();
    }

    @Override
    public boolean isClosed() {
        SSLSocket socket = tls;
        return closed || (socket != null && socket.isClosed());
    }

    @Override
    public boolean isConnected() {
        SSLSocket socket = tls;
        return socket != null && socket.isConnected();
    }

    @Override
    public boolean isBound() {
        SSLSocket socket = tls;
        return socket != null && socket.isBound();
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        require().setSoTimeout(timeout);
    }

    @Override
    public synchronized int getSoTimeout() throws SocketException {
        return require().getSoTimeout();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        require().setTcpNoDelay(on);
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        require().setKeepAlive(on);
    }

    @Override
    public void shutdownInput() throws IOException {
        require().shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        require().shutdownOutput();
    }

    @Override
    public boolean isInputShutdown() {
        SSLSocket socket = tls;
        return socket != null && socket.isInputShutdown();
    }

    @Override
    public boolean isOutputShutdown() {
        SSLSocket socket = tls;
        return socket != null && socket.isOutputShutdown();
    }

    @Override
    public InetAddress getInetAddress() {
        SSLSocket socket = tls;
        return socket == null ? null : socket.getInetAddress();
    }

    @Override
    public int getPort() {
        SSLSocket socket = tls;
        return socket == null ? 0 : socket.getPort();
    }

    @Override
    public int getLocalPort() {
        SSLSocket socket = tls;
        return socket == null ? -1 : socket.getLocalPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        SSLSocket socket = tls;
        return socket == null ? null : socket.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        SSLSocket socket = tls;
        return socket == null ? null : socket.getLocalSocketAddress();
    }

    @Override
    public String toString() {
        SSLSocket socket = tls;
        return "DirectTlsSocket[" + (socket == null ? "unconnected" : socket.toString()) + "]";
    }
}
