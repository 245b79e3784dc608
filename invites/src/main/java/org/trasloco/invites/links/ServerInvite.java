package org.trasloco.invites.links;

import org.trasloco.core.error.TraslocoException;

/**
 * What a server gives back when asked for an invitation (XEP-0401 {@code urn:xmpp:invite#invite}):
 * a token, the server's own landing page for it when it has one, and whether the token also lets
 * the invitee create an account there. The xmpp module asks; this module only prints.
 *
 * @param token the token
 * @param landingUrl the server's landing page for this invitation, or {@code null}
 * @param allowsRegistration whether the token also creates an account ({@code ibr=y})
 */
public record ServerInvite(String token, String landingUrl, boolean allowsRegistration) {

    /**
     * Checks the token.
     *
     * @param token the token
     * @param landingUrl the landing page, or {@code null}
     * @param allowsRegistration whether the token creates accounts
     */
    public ServerInvite {
        if (token == null || token.isBlank()) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, LinkText.TOKEN_EMPTY);
        }
        token = token.strip();
        landingUrl = landingUrl == null || landingUrl.isBlank() ? null : landingUrl.strip();
    }
}
