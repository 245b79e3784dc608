/**
 * Secure connections to an XMPP server: always TLS (STARTTLS, or direct TLS where the server offers
 * it), the system trust store by default, a pinned SHA-256 certificate fingerprint for servers with
 * their own certificate, no plaintext authentication, timeouts, and one place that turns network,
 * TLS and SASL failures into plain-language {@link org.trasloco.core.error.TraslocoException}s.
 *
 * <p>Start with {@link org.trasloco.xmpp.connection.XmppConnector#open(ServerAddress)}; the other
 * feature packages (and the archive upload) work on the {@link org.trasloco.xmpp.connection.XmppSession}
 * it returns.
 */
package org.trasloco.xmpp.connection;
