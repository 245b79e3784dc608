package org.trasloco.xmpp.connection;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.iqregister.packet.Registration;
import org.jxmpp.jid.EntityBareJid;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;
import org.trasloco.xmpp.XmppMessages;
import org.trasloco.xmpp.password.Password;

/**
 * An open, secure connection to one XMPP service, before or after login. Feature code (registration,
 * login, invitations, the archive upload) sends its requests through {@link #request(IQ, MessageKey)}
 * so that lost connections and timeouts are reported the same way everywhere; code that needs more
 * of Smack uses {@link #connection()} and maps failures with {@link #lost(Exception, MessageKey)}.
 */
public final class XmppSession implements AutoCloseable {

    private static final QName REGISTRATION_FEATURE = new QName(Registration.Feature.NAMESPACE, Registration.Feature.ELEMENT);

    private final XMPPTCPConnection connection;
    private final ServerAddress address;
    private final Endpoint endpoint;
    private final X509Certificate certificate;
    private final ConnectionSettings settings;

    XmppSession(XMPPTCPConnection connection, ServerAddress address, Endpoint endpoint, X509Certificate certificate,
            ConnectionSettings settings) {
        this.connection = connection;
        this.address = address;
        this.endpoint = endpoint;
        this.certificate = certificate;
        this.settings = settings;
    }

    /** The Smack connection, for feature code that needs more than {@link #request}. */
    public XMPPTCPConnection connection() {
        return connection;
    }

    /** The service this session is connected to. */
    public ServerAddress address() {
        return address;
    }

    /** Where the connection went and how TLS started. */
    public Endpoint endpoint() {
        return endpoint;
    }

    /** The settings the session was opened with. */
    public ConnectionSettings settings() {
        return settings;
    }

    /** The fingerprint of the certificate the server presented (what a user could pin). */
    public Optional<CertificatePin> certificate() {
        return Optional.ofNullable(certificate).map(CertificatePin::of);
    }

    /** Whether the server offers in-band registration (XEP-0077) on this stream. */
    public boolean offersRegistration() {
        return connection.hasFeature(REGISTRATION_FEATURE);
    }

    /** Whether the server takes invitation tokens before registration (XEP-0445). */
    public boolean offersInviteTokens() {
        return connection.hasFeature(StreamFeatureMarker.INVITE_TOKENS)
                || connection.hasFeature(StreamFeatureMarker.INVITE_TOKENS_LEGACY);
    }

    /** Whether the session is logged in. */
    public boolean isLoggedIn() {
        return connection.isAuthenticated();
    }

    /** The logged-in account, if any. */
    public Optional<EntityBareJid> user() {
        return connection.isAuthenticated() ? Optional.of(connection.getUser().asEntityBareJid()) : Optional.empty();
    }

    /**
     * Logs in with a password (SCRAM-SHA-1, or PLAIN inside TLS).
     *
     * @param localpart the part of the address before {@code @}
     * @param password the password; not wiped here
     * @throws TraslocoException {@code REFUSED} for a wrong password or a disabled account,
     *     {@code CONNECTION} when the connection fails
     */
    public void login(String localpart, Password password) {
        Objects.requireNonNull(localpart, "localpart");
        Objects.requireNonNull(password, "password");
        if (endpoint.transport() == Transport.STARTTLS && !connection.isSecureConnection()) {
            // Smack requires STARTTLS, so this cannot happen; a password is never sent in the clear.
            throw new TraslocoException(Kind.CONNECTION, XmppMessages.CONNECTION_NO_TLS, address.domain());
        }
        String jid = localpart + "@" + address.domain();
        try {
            connection.login(localpart, password.reveal());
        } catch (SASLErrorException e) {
            throw LoginFailures.of(e, jid);
        } catch (SmackException.SmackSaslException e) {
            throw new TraslocoException(Kind.REFUSED, LocalizedText.of(XmppMessages.LOGIN_NO_MECHANISM, address.domain()), e);
        } catch (SmackException.AlreadyLoggedInException e) {
            // Logged in already (after a registration on the same stream): nothing to do.
        } catch (SmackException | XMPPException | java.io.IOException e) {
            throw lost(e, XmppMessages.STEP_LOGIN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled();
        }
    }

    /**
     * Sends a request and waits for its answer (works before login too).
     *
     * @param request the request
     * @param step what the user would call this step, for messages ("creating the account")
     * @param <I> the expected answer type
     * @return the answer
     * @throws XMPPException.XMPPErrorException when the server answers with an error (the caller
     *     knows what the error means for its step)
     * @throws TraslocoException {@code CONNECTION} on timeouts and lost connections
     */
    public <I extends IQ> I request(IQ request, MessageKey step) throws XMPPException.XMPPErrorException {
        return request(request, step, settings.replyTimeout());
    }

    /**
     * Sends a request the server may need long for (it reads a whole archive) and waits for its
     * answer at least {@code wait}, or the usual reply timeout when that is longer.
     *
     * @param request the request
     * @param step what the user would call this step, for messages
     * @param wait how long to wait at least
     * @param <I> the expected answer type
     * @return the answer
     * @throws XMPPException.XMPPErrorException when the server answers with an error
     * @throws TraslocoException {@code CONNECTION} on timeouts and lost connections
     */
    public <I extends IQ> I request(IQ request, MessageKey step, Duration wait) throws XMPPException.XMPPErrorException {
        request.throwIfNoStanzaId();
        try {
            StanzaCollector collector = connection.createStanzaCollectorAndSend(new StanzaIdFilter(request.getStanzaId()),
                    request);
            return collector.nextResultOrThrow(Math.max(wait.toMillis(), settings.replyTimeout().toMillis()));
        } catch (SmackException e) {
            throw lost(e, step);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled();
        }
    }

    /**
     * The plain-language exception for a failure of the connection during a step: a timeout or a
     * lost connection. Use it when calling Smack directly.
     *
     * @param error what Smack threw
     * @param step what the user would call this step
     * @return the exception ({@code CONNECTION})
     */
    public TraslocoException lost(Exception error, MessageKey step) {
        boolean timeout = error instanceof SmackException.NoResponseException && connection.isConnected();
        XmppMessages key = timeout ? XmppMessages.SESSION_TIMEOUT : XmppMessages.SESSION_LOST;
        return new TraslocoException(Kind.CONNECTION, LocalizedText.of(key, address.domain(), LocalizedText.of(step)), error);
    }

    private static TraslocoException cancelled() {
        return new TraslocoException(Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
    }

    /** Ends the stream politely and closes the socket. */
    @Override
    public void close() {
        connection.disconnect();
    }

    @Override
    public String toString() {
        return "XmppSession[" + address.domain() + " at " + endpoint + "]";
    }
}
