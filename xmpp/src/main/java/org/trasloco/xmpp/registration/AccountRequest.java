package org.trasloco.xmpp.registration;

import java.util.Objects;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.invitation.Invitation;
import org.trasloco.xmpp.password.Password;

/**
 * What the user asked for: an account on a server, with a name (or the name an invitation fixes)
 * and a password, optionally through an invitation.
 *
 * @param server the server (its domain must be the invitation's, when there is one)
 * @param username the name before {@code @}, or {@code null} when the invitation fixes it
 * @param password the password (not wiped by the creator)
 * @param invitation the invitation, or {@code null}
 * @param webPage the server's sign-up web page when known (from the providers list), or {@code null}
 */
public record AccountRequest(ServerAddress server, String username, Password password, Invitation invitation,
        String webPage) {

    /**
     * Checks the values.
     *
     * @param server the server
     * @param username the name, or {@code null}
     * @param password the password
     * @param invitation the invitation, or {@code null}
     * @param webPage the sign-up page, or {@code null}
     */
    public AccountRequest {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(password, "password");
    }

    /**
     * An account with a chosen name, without invitation.
     *
     * @param server the server
     * @param username the name
     * @param password the password
     * @return the request
     */
    public static AccountRequest named(ServerAddress server, String username, Password password) {
        return new AccountRequest(server, Objects.requireNonNull(username, "username"), password, null, null);
    }

    /**
     * The same request with an invitation.
     *
     * @param newInvitation the invitation
     * @return a new request
     */
    public AccountRequest withInvitation(Invitation newInvitation) {
        return new AccountRequest(server, username, password, newInvitation, webPage);
    }

    /**
     * The same request with the server's sign-up page.
     *
     * @param page the web page, or {@code null}
     * @return a new request
     */
    public AccountRequest withWebPage(String page) {
        return new AccountRequest(server, username, password, invitation, page);
    }
}
