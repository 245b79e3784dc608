package org.trasloco.xmpp.login;

import org.trasloco.core.address.XmppAddress;

import java.util.Objects;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.Endpoint;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.connection.XmppConnector;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.password.Password;

/** Logs in to existing accounts. */
public final class AccountLogin {

    private final XmppConnector connector;

    /**
     * A login over a connector.
     *
     * @param connector opens the connections
     */
    public AccountLogin(XmppConnector connector) {
        this.connector = Objects.requireNonNull(connector, "connector");
    }

    /**
     * Opens a logged-in session.
     *
     * @param account the account
     * @param server where to connect; its domain must be the account's
     * @param password the password (not wiped here)
     * @return the session; close it when done
     * @throws TraslocoException {@code REFUSED} for wrong credentials, {@code CONNECTION} when the
     *     server cannot be reached securely
     */
    public XmppSession open(XmppAddress account, ServerAddress server, Password password) {
        Objects.requireNonNull(account, "account");
        if (!account.domain().equals(server.domain())) {
            throw new IllegalArgumentException("server " + server.domain() + " is not the account's " + account.domain());
        }
        XmppSession session = connector.open(server);
        try {
            session.login(account.local(), password);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * Checks that an account and its password work: connects, logs in, disconnects.
     *
     * @param account the account
     * @param server where to connect; its domain must be the account's
     * @param password the password (not wiped here)
     * @return what was checked
     * @throws TraslocoException as {@link #open}
     */
    public CheckedAccount check(XmppAddress account, ServerAddress server, Password password) {
        try (XmppSession session = open(account, server, password)) {
            return new CheckedAccount(account.toString(), session.endpoint(), session.certificate().orElse(null));
        }
    }

    /**
     * An account that logged in.
     *
     * @param jid its address
     * @param endpoint where the connection went
     * @param certificate the server's certificate fingerprint, or {@code null}
     */
    public record CheckedAccount(String jid, Endpoint endpoint, CertificatePin certificate) {
    }
}
