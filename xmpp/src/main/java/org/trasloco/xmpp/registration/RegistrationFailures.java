package org.trasloco.xmpp.registration;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.XmppMessages;

/**
 * Explains a server's refusal to create an account (XEP-0077 §3.2 and the error conditions servers
 * use in practice: Prosody's and ejabberd's) in plain language, with the way forward: another name, a
 * new CAPTCHA, waiting, an invitation, or the server's web page.
 */
final class RegistrationFailures {

    private static final Pattern WAIT = Pattern.compile(
            "(\\d{1,6})\\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\\b", Pattern.CASE_INSENSITIVE);

    private RegistrationFailures() {
    }

    /**
     * What was going on when the server refused.
     *
     * @param domain the server
     * @param username the name asked for
     * @param invitationUsed whether an invitation token was redeemed first
     * @param invitationsOffered whether the server takes invitation tokens
     * @param captchaAsked whether the form had a CAPTCHA
     * @param webPage the server's sign-up page when known, or {@code null}
     */
    record Situation(String domain, String username, boolean invitationUsed, boolean invitationsOffered,
            boolean captchaAsked, String webPage) {

        Situation withCaptcha(boolean asked) {
            return new Situation(domain, username, invitationUsed, invitationsOffered, asked, webPage);
        }

        Situation withWebPage(String page) {
            return new Situation(domain, username, invitationUsed, invitationsOffered, captchaAsked,
                    page != null ? page : webPage);
        }
    }

    /**
     * A refusal of any registration request but the submission (the form, the token).
     *
     * @param error the server's error
     * @param situation what was going on
     * @return the exception
     */
    static TraslocoException of(XMPPException.XMPPErrorException error, Situation situation) {
        return explain(error, situation, false);
    }

    /**
     * A refusal of the submitted form: only there is a {@code resource-constraint} the wait between
     * two sign-ups from one address (ejabberd's {@code registration_timeout}).
     *
     * @param error the server's error
     * @param situation what was going on
     * @return the exception
     */
    static TraslocoException ofSubmission(XMPPException.XMPPErrorException error, Situation situation) {
        return explain(error, situation, true);
    }

    private static TraslocoException explain(XMPPException.XMPPErrorException error, Situation situation,
            boolean submitted) {
        StanzaError stanzaError = error.getStanzaError();
        StanzaError.Condition condition = stanzaError.getCondition();
        String text = stanzaError.getDescriptiveText();
        Object serverSaid = text == null || text.isBlank() ? "" : LocalizedText.of(XmppMessages.REGISTER_SERVER_SAID, text.strip());
        String domain = situation.domain();
        return switch (condition) {
            case conflict -> typed(RegistrationRefusedException.Reason.NAME_TAKEN, error, XmppMessages.REGISTER_NAME_TAKEN,
                    situation.username(), domain);
            case jid_malformed -> typed(RegistrationRefusedException.Reason.NAME_NOT_ALLOWED, error,
                    XmppMessages.REGISTER_NAME_REFUSED, situation.username(), serverSaid);
            case not_acceptable, bad_request -> {
                if (situation.captchaAsked()) {
                    yield typed(RegistrationRefusedException.Reason.CAPTCHA_WRONG, error,
                            XmppMessages.REGISTER_CAPTCHA_WRONG, serverSaid);
                }
                if (!situation.invitationUsed() && situation.invitationsOffered()) {
                    yield refused(error, XmppMessages.REGISTER_INVITE_ONLY, domain, serverSaid);
                }
                yield refused(error, XmppMessages.REGISTER_NOT_ACCEPTABLE, domain, serverSaid);
            }
            // Prosody's throttle (mod_register_limits) answers policy-violation; ejabberd's wait
            // between two sign-ups from one address (registration_timeout) resource-constraint.
            case policy_violation -> rateLimited(error, domain, text);
            case resource_constraint -> submitted && waitMinutes(text) < 0
                    ? refused(error, XmppMessages.REGISTER_ONE_PER_CONNECTION, domain) : rateLimited(error, domain, text);
            // ejabberd answers a wrong CAPTCHA with not-allowed ("The CAPTCHA verification has failed").
            case not_allowed -> situation.captchaAsked()
                    ? typed(RegistrationRefusedException.Reason.CAPTCHA_WRONG, error, XmppMessages.REGISTER_CAPTCHA_WRONG,
                            serverSaid)
                    : notOffered(domain, situation.webPage(), error);
            case forbidden, not_authorized -> {
                if (situation.invitationUsed()) {
                    yield refused(error, XmppMessages.INVITE_INVALID, domain);
                }
                if (situation.invitationsOffered()) {
                    yield refused(error, XmppMessages.REGISTER_INVITE_ONLY, domain, serverSaid);
                }
                yield refused(error, XmppMessages.REGISTER_FORBIDDEN, domain, serverSaid);
            }
            case service_unavailable, feature_not_implemented, registration_required ->
                notOffered(domain, situation.webPage(), error);
            default -> stanzaError.getType() == StanzaError.Type.WAIT ? rateLimited(error, domain, text)
                    : refused(error, XmppMessages.REGISTER_FAILED, domain, condition.toString(), serverSaid);
        };
    }

    /**
     * The server does not create accounts from apps.
     *
     * @param domain the server
     * @param webPage its sign-up page when known, or {@code null}
     * @param cause the technical cause, or {@code null}
     * @return the exception
     */
    static TraslocoException notOffered(String domain, String webPage, Exception cause) {
        LocalizedText text = webPage == null ? LocalizedText.of(XmppMessages.REGISTER_NOT_OFFERED, domain)
                : LocalizedText.of(XmppMessages.REGISTER_NOT_OFFERED_WEB, domain, webPage);
        return new RegistrationRefusedException(RegistrationRefusedException.Reason.WEB_PAGE_ONLY, webPage, text, cause);
    }

    /** The minutes a server asks to wait, when its text says so ("try again in 5 minutes"). */
    static int waitMinutes(String text) {
        if (text == null) {
            return -1;
        }
        Matcher matcher = WAIT.matcher(text);
        if (!matcher.find()) {
            return -1;
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2).toLowerCase(Locale.ROOT);
        long minutes;
        if (unit.startsWith("h")) {
            minutes = amount * 60;
        } else if (unit.startsWith("m")) {
            minutes = amount;
        } else {
            minutes = (amount + 59) / 60;
        }
        return (int) Math.max(1, Math.min(minutes, 60L * 24 * 7));
    }

    private static TraslocoException rateLimited(Exception error, String domain, String text) {
        int minutes = waitMinutes(text);
        return minutes < 0 ? refused(error, XmppMessages.REGISTER_RATE_LIMITED, domain)
                : refused(error, XmppMessages.REGISTER_RATE_LIMITED_FOR, domain, minutes);
    }

    private static TraslocoException typed(RegistrationRefusedException.Reason reason, Exception error, XmppMessages key,
            Object... args) {
        return new RegistrationRefusedException(reason, null, LocalizedText.of(key, args), error);
    }

    private static TraslocoException refused(Exception error, XmppMessages key, Object... args) {
        return new TraslocoException(Kind.REFUSED, LocalizedText.of(key, args), error);
    }
}
