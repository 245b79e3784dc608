package org.trasloco.move.account;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.MoveMessages;
import org.trasloco.xmpp.connection.ConnectionSettings;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.connection.XmppConnector;
import org.trasloco.xmpp.invitation.Invitation;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.providers.ProviderCatalogue;
import org.trasloco.xmpp.registration.AccountCreator;
import org.trasloco.xmpp.registration.AccountRequest;
import org.trasloco.xmpp.registration.CreatedAccount;
import org.trasloco.xmpp.registration.FormQuestions;

/**
 * Creates an account: with a name of the user's choosing on a server, or with an invitation link
 * (which may fix the server and the name). The server's own registration form is answered through
 * {@link FormQuestions} — a CAPTCHA included — by whoever asks the person: the wizard's form or the
 * terminal.
 */
public final class SignUp {

    private final ProviderCatalogue catalogue;
    private final Locale locale;

    /**
     * A sign-up.
     *
     * @param catalogue the known servers (for the sign-up page to point to when a server refuses)
     * @param locale the language of the server's texts
     */
    public SignUp(ProviderCatalogue catalogue, Locale locale) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * The server an account would be created on.
     *
     * @param domain the domain the user chose, or {@code null} to take the invitation's
     * @param invitation the invitation, or {@code null}
     * @return the server's domain
     * @throws TraslocoException {@code USAGE} when neither names a server
     */
    public static String domain(String domain, Invitation invitation) {
        if (domain != null && !domain.isBlank()) {
            return domain.strip();
        }
        if (invitation != null) {
            return invitation.domain();
        }
        throw new TraslocoException(TraslocoException.Kind.USAGE, MoveMessages.SIGN_UP_NO_SERVER);
    }

    /**
     * Creates the account.
     *
     * @param server where
     * @param username the name wanted, or {@code null} when the invitation names it
     * @param password the password (kept by the caller, who wipes it)
     * @param invitation the invitation link, or {@code null}
     * @param questions answers the server's registration form
     * @return the new account
     * @throws TraslocoException {@code USAGE} without a name or an invitation, {@code REFUSED} when
     *     the server refuses (the name is taken, the CAPTCHA was wrong, sign-up happens on a web
     *     page), {@code CONNECTION} when it cannot be reached securely
     */
    public CreatedAccount create(ServerAddress server, String username, Password password, Invitation invitation,
            FormQuestions questions) {
        if ((username == null || username.isBlank()) && invitation == null) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, MoveMessages.SIGN_UP_NO_NAME);
        }
        AccountRequest request = new AccountRequest(server, username == null || username.isBlank() ? null : username.strip(),
                password, invitation, signUpPage(server.domain()).orElse(null));
        return new AccountCreator(new XmppConnector(ConnectionSettings.defaults().withLanguage(locale)))
                .create(request, questions);
    }

    /** The web page the catalogue knows for signing up on a server, so that a refusal can point to it. */
    public Optional<String> signUpPage(String domain) {
        return catalogue.find(domain).flatMap(provider -> provider.signUpPage(locale));
    }
}
