package org.trasloco.xmpp.invitation;

import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.XmppMessages;
import org.trasloco.xmpp.connection.XmppSession;

/** Redeems an invitation's token before registration (XEP-0445). */
public final class InviteTokens {

    private InviteTokens() {
    }

    /**
     * Sends the token; afterwards the server lets this stream register an account.
     *
     * @param session a session that is not logged in, to the invitation's server
     * @param invitation the invitation
     * @throws TraslocoException {@code REFUSED} when the token is invalid, used or expired, or the
     *     server does not take invitations; {@code CONNECTION} when the connection fails
     */
    public static void redeem(XmppSession session, Invitation invitation) {
        try {
            session.request(new PreauthIq(session.address().jid(), invitation.token()), XmppMessages.STEP_INVITE);
        } catch (XMPPException.XMPPErrorException e) {
            StanzaError.Condition condition = e.getStanzaError().getCondition();
            XmppMessages key = switch (condition) {
                case service_unavailable, feature_not_implemented -> XmppMessages.INVITE_NOT_SUPPORTED;
                default -> XmppMessages.INVITE_INVALID;
            };
            throw new TraslocoException(Kind.REFUSED, LocalizedText.of(key, session.address().domain()), e);
        }
    }

    /**
     * Whether an invitation can still be used: the server takes its token (and forgets that this
     * stream offered it once the stream closes). An unused invitation that has not expired is
     * taken; a used or expired one is refused. Only for servers whose stream offers invitation
     * tokens ({@link XmppSession#offersInviteTokens()}): others may close the stream on it.
     *
     * @param session a session that is not logged in, to the invitation's server
     * @param invitation the invitation
     * @return {@code true} when the server would still take it
     * @throws TraslocoException {@code REFUSED} when the server does not take invitation tokens,
     *     {@code CONNECTION} when the connection fails
     */
    public static boolean stillValid(XmppSession session, Invitation invitation) {
        try {
            redeem(session, invitation);
            return true;
        } catch (TraslocoException e) {
            if (e.getCause() instanceof XMPPException.XMPPErrorException refusal
                    && refusal.getStanzaError().getCondition() != StanzaError.Condition.service_unavailable
                    && refusal.getStanzaError().getCondition() != StanzaError.Condition.feature_not_implemented) {
                return false;
            }
            throw e;
        }
    }
}
