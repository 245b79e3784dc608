package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;

class RegistrationFailuresTest {

    private static final RegistrationFailures.Situation PLAIN =
            new RegistrationFailures.Situation("example.org", "anna", false, false, false, null);

    private static String explain(StanzaError.Condition condition, StanzaError.Type type, String text,
            RegistrationFailures.Situation situation) {
        StanzaError.Builder error = StanzaError.getBuilder(condition).setType(type);
        if (text != null) {
            error.setDescriptiveEnText(text);
        }
        TraslocoException exception = RegistrationFailures.ofSubmission(
                new XMPPException.XMPPErrorException(null, error.build()), situation);
        assertEquals(TraslocoException.Kind.REFUSED, exception.kind());
        return exception.message(Locale.ENGLISH);
    }

    @Test
    void readsTheWaitFromTheServersText() {
        assertEquals(5, RegistrationFailures.waitMinutes("Please try again in 5 minutes"));
        assertEquals(2, RegistrationFailures.waitMinutes("retry after 90 seconds"));
        assertEquals(120, RegistrationFailures.waitMinutes("wait 2 hours"));
        assertEquals(-1, RegistrationFailures.waitMinutes("Too many registrations from this IP address recently"));
        assertEquals(-1, RegistrationFailures.waitMinutes(null));
    }

    @Test
    void saysHowLongToWaitWhenTheServerSaysIt() {
        assertEquals("example.org limits how many accounts are created from one internet connection. "
                + "Try again in 10 minutes.", explain(StanzaError.Condition.resource_constraint, StanzaError.Type.WAIT,
                        "Users are not allowed to register accounts so quickly, wait 10 minutes", PLAIN));
    }

    @Test
    void explainsEjabberdsWaitBetweenTwoSignUpsFromOneConnection() {
        assertEquals("example.org creates only one new account every few minutes from each internet connection, and "
                + "one was created from this connection a short while ago. Try again in 10 minutes (the usual wait on "
                + "ejabberd servers). Where many people share one connection, as in a workshop, ask the people who run "
                + "example.org to lift this limit for the day.", explain(StanzaError.Condition.resource_constraint,
                        StanzaError.Type.WAIT, "Users are not allowed to register accounts so quickly", PLAIN));
    }

    @Test
    void aResourceConstraintBeforeTheSubmissionIsNoWaitBetweenSignUps() {
        StanzaError error = StanzaError.getBuilder(StanzaError.Condition.resource_constraint)
                .setType(StanzaError.Type.WAIT).setDescriptiveEnText("Too many CAPTCHA requests").build();
        assertEquals("example.org limits how many accounts are created from one internet connection. Try again later "
                + "(usually an hour is enough).", RegistrationFailures.of(new XMPPException.XMPPErrorException(null, error),
                        PLAIN).message(Locale.ENGLISH));
    }

    @Test
    void aCaptchaThatFailsIsAWrongAnswerWhateverTheConditionSays() {
        RegistrationFailures.Situation captcha = PLAIN.withCaptcha(true);
        assertEquals("The answer to the CAPTCHA was not accepted. Try again: a new CAPTCHA will be shown. "
                + "The server said: “The CAPTCHA verification has failed”", explain(StanzaError.Condition.not_allowed,
                        StanzaError.Type.CANCEL, "The CAPTCHA verification has failed", captcha));
        assertEquals("The answer to the CAPTCHA was not accepted. Try again: a new CAPTCHA will be shown.",
                explain(StanzaError.Condition.not_acceptable, StanzaError.Type.MODIFY, null, captcha));
    }

    @Test
    void pointsToTheWebPageWhenTheServerDoesNotRegisterFromApps() {
        assertEquals("example.org does not create accounts from apps. Sign up on its web site, or ask someone who has "
                + "an account there for an invitation.",
                explain(StanzaError.Condition.service_unavailable, StanzaError.Type.CANCEL, null, PLAIN));
        RegistrationFailures.Situation known = PLAIN.withWebPage("https://example.org/join");
        assertEquals("example.org creates accounts only on its web page: open https://example.org/join to sign up, "
                + "then come back to log in.",
                explain(StanzaError.Condition.not_allowed, StanzaError.Type.CANCEL, null, known));
    }

    @Test
    void quotesTheServerWhenItSaysWhy() {
        assertEquals("example.org refused to create the account. The server said: “Your IP address is blocklisted”",
                explain(StanzaError.Condition.forbidden, StanzaError.Type.AUTH, "Your IP address is blocklisted", PLAIN));
    }

    @Test
    void anInvitationRefusedAfterTheTokenIsAnInvalidInvitation() {
        RegistrationFailures.Situation invited = new RegistrationFailures.Situation("example.org", "anna", true, true,
                false, null);
        assertEquals("The invitation to example.org is not valid any more: it was already used, it has expired, or the "
                + "link is incomplete. Ask the person who invited you for a new one.",
                explain(StanzaError.Condition.forbidden, StanzaError.Type.AUTH, null, invited));
    }

    @Test
    void refusalsThePersonCanActOnSayWhatToDo() {
        RegistrationFailures.Situation captcha = PLAIN.withCaptcha(true).withWebPage("https://example.org/join");
        assertEquals(RegistrationRefusedException.Reason.NAME_TAKEN,
                reason(StanzaError.Condition.conflict, StanzaError.Type.CANCEL, PLAIN));
        assertEquals(RegistrationRefusedException.Reason.NAME_NOT_ALLOWED,
                reason(StanzaError.Condition.jid_malformed, StanzaError.Type.MODIFY, PLAIN));
        assertEquals(RegistrationRefusedException.Reason.CAPTCHA_WRONG,
                reason(StanzaError.Condition.not_acceptable, StanzaError.Type.MODIFY, captcha));
        // ejabberd answers a wrong CAPTCHA with not-allowed: asked again, not sent to the web page.
        assertEquals(RegistrationRefusedException.Reason.CAPTCHA_WRONG,
                reason(StanzaError.Condition.not_allowed, StanzaError.Type.CANCEL, captcha));
        assertEquals(RegistrationRefusedException.Reason.WEB_PAGE_ONLY,
                reason(StanzaError.Condition.not_allowed, StanzaError.Type.CANCEL,
                        PLAIN.withWebPage("https://example.org/join")));
        RegistrationRefusedException web = (RegistrationRefusedException) RegistrationFailures.notOffered("example.org",
                "https://example.org/join", null);
        assertEquals(java.util.Optional.of("https://example.org/join"), web.webPage());
        TraslocoException other = RegistrationFailures.of(new XMPPException.XMPPErrorException(null,
                StanzaError.getBuilder(StanzaError.Condition.forbidden).setType(StanzaError.Type.AUTH).build()), PLAIN);
        assertEquals(TraslocoException.class, other.getClass(), "a refusal nobody can act on stays plain");
    }

    private static RegistrationRefusedException.Reason reason(StanzaError.Condition condition, StanzaError.Type type,
            RegistrationFailures.Situation situation) {
        TraslocoException exception = RegistrationFailures.of(new XMPPException.XMPPErrorException(null,
                StanzaError.getBuilder(condition).setType(type).build()), situation);
        assertEquals(TraslocoException.Kind.REFUSED, exception.kind());
        return ((RegistrationRefusedException) exception).reason();
    }
}
