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
}
