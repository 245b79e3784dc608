package org.trasloco.move.account;

import java.util.Locale;
import java.util.Objects;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.archive.upload.SessionOpener;
import org.trasloco.xmpp.connection.ConnectionSettings;
import org.trasloco.xmpp.connection.XmppConnector;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.login.AccountLogin;
import org.trasloco.xmpp.password.Password;

/**
 * Logs in to the user's account, always over TLS, as often as a workflow needs (again after a
 * lost connection). Holds the password only as long as its caller keeps it: the caller wipes it.
 */
public final class AccountAccess {

    private final ChosenAccount account;
    private final Password password;
    private final Locale locale;

    /**
     * Access to an account.
     *
     * @param account the account and how its server is reached
     * @param password its password (not copied: wiping it ends the access)
     * @param locale the language for the server's texts
     */
    public AccountAccess(ChosenAccount account, Password password, Locale locale) {
        this.account = Objects.requireNonNull(account, "account");
        this.password = Objects.requireNonNull(password, "password");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The account. */
    public ChosenAccount account() {
        return account;
    }

    /** The language of the server's texts. */
    public Locale locale() {
        return locale;
    }

    /**
     * Logs in once and out again: the password works and the server is the one the user trusts.
     *
     * @return what was checked (the certificate seen, the endpoint)
     * @throws org.trasloco.core.error.TraslocoException {@code REFUSED} for a wrong password,
     *     {@code CONNECTION} when the server cannot be reached securely
     */
    public AccountLogin.CheckedAccount check() {
        return login(ConnectionSettings.defaults().withLanguage(locale)).check(account.address(), account.server(),
                password);
    }

    /** Opens logged-in sessions for sending: with stream management, so a lost connection resumes. */
    public SessionOpener opener() {
        return opener(ConnectionSettings.defaults().withLanguage(locale));
    }

    /**
     * Opens logged-in sessions for reading the archive back: without stream management, which would
     * make the server keep a copy of every result until acknowledged (a quarter of its work in a
     * read-back of thousands of messages, measured with Prosody 0.12).
     *
     * @return the opener
     */
    public SessionOpener readerOpener() {
        return opener(ConnectionSettings.defaults().withLanguage(locale).withStreamManagement(false));
    }

    /**
     * Opens a session to the account's server without logging in, as a sign-up does (to ask the
     * server about invitation tokens).
     *
     * @return the session; the caller closes it
     * @throws org.trasloco.core.error.TraslocoException {@code CONNECTION} when the server cannot be
     *     reached securely
     */
    public XmppSession openWithoutLogin() {
        return new XmppConnector(ConnectionSettings.defaults().withLanguage(locale)).open(account.server());
    }

    private SessionOpener opener(ConnectionSettings settings) {
        AccountLogin login = login(settings);
        return () -> login.open(account.address(), account.server(), password);
    }

    private static AccountLogin login(ConnectionSettings settings) {
        return new AccountLogin(new XmppConnector(settings));
    }
}
