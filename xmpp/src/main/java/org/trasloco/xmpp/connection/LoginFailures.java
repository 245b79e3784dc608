package org.trasloco.xmpp.connection;

import org.jivesoftware.smack.sasl.SASLError;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.XmppMessages;

/** Turns SASL failures (RFC 6120 §6.5) into plain language. */
final class LoginFailures {

    private LoginFailures() {
    }

    static TraslocoException of(SASLErrorException error, String jid) {
        SASLError condition = error.getSASLFailure().getSASLError();
        XmppMessages key;
        if (condition == null) {
            key = XmppMessages.LOGIN_FAILED;
        } else {
            key = switch (condition) {
                case not_authorized, invalid_authzid -> XmppMessages.LOGIN_WRONG;
                case account_disabled -> XmppMessages.LOGIN_DISABLED;
                case credentials_expired -> XmppMessages.LOGIN_EXPIRED;
                case temporary_auth_failure -> XmppMessages.LOGIN_TEMPORARY;
                default -> XmppMessages.LOGIN_FAILED;
            };
        }
        Kind kind = key == XmppMessages.LOGIN_TEMPORARY ? Kind.CONNECTION : Kind.REFUSED;
        String serverText = java.util.Objects.toString(error.getSASLFailure().getDescriptiveText(),
                error.getSASLFailure().getSASLErrorString());
        return new TraslocoException(kind, LocalizedText.of(key, jid, serverText), error);
    }
}
