package org.trasloco.xmpp.registration;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import org.jivesoftware.smack.XMPPException;
import org.jxmpp.jid.parts.Localpart;
import org.jxmpp.stringprep.XmppStringprepException;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.xmpp.XmppMessages;
import org.trasloco.xmpp.connection.XmppConnector;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.invitation.Invitation;
import org.trasloco.xmpp.invitation.InviteTokens;
import org.trasloco.xmpp.invitation.RosterCheck;

/**
 * Creates an account from start to finish: connect securely, redeem the invitation (if any), read
 * the sign-up form, fill in the name and the password, let a person answer what only a person can
 * (a CAPTCHA), submit, and log in to prove the account works. For a contact invitation it also
 * checks that the inviter became a mutual contact. Every refusal is a {@link TraslocoException}
 * that says what happened and what to do.
 */
public final class AccountCreator {

    private static final System.Logger LOG = System.getLogger(AccountCreator.class.getName());

    private final XmppConnector connector;

    /**
     * A creator using a connector.
     *
     * @param connector opens the connections
     */
    public AccountCreator(XmppConnector connector) {
        this.connector = Objects.requireNonNull(connector, "connector");
    }

    /**
     * Creates the account.
     *
     * @param request what the user asked for
     * @param questions asks a person what Trasloco cannot answer (only called when the form has
     *     such questions)
     * @return the working account
     * @throws TraslocoException {@code USAGE} for a name or invitation that cannot work,
     *     {@code REFUSED} when the server refuses, {@code CONNECTION} when it cannot be reached
     */
    public CreatedAccount create(AccountRequest request, FormQuestions questions) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(questions, "questions");
        Invitation invitation = request.invitation();
        String domain = request.server().domain();
        checkInvitation(invitation, domain);
        String username = chooseName(request);
        try (XmppSession session = connector.open(request.server())) {
            RegistrationFailures.Situation situation = new RegistrationFailures.Situation(domain, username,
                    invitation != null, session.offersInviteTokens(), false, request.webPage());
            if (invitation != null) {
                if (!session.offersInviteTokens()) {
                    // ejabberd 23.01, for one, closes the stream on a token it does not know.
                    throw new TraslocoException(Kind.REFUSED, XmppMessages.INVITE_NOT_OFFERED, domain);
                }
                InviteTokens.redeem(session, invitation);
            }
            AccountRegistrar registrar = new AccountRegistrar(session);
            RegistrationForm form;
            try {
                form = registrar.fetchForm();
            } catch (XMPPException.XMPPErrorException e) {
                throw RegistrationFailures.of(e, situation);
            }
            situation = situation.withWebPage(form.webPage()).withCaptcha(form.hasCaptcha());
            if (!form.takesNameAndPassword()) {
                throw RegistrationFailures.notOffered(domain, situation.webPage(), null);
            }
            RegistrationAnswers answers = new RegistrationAnswers();
            List<FormField> asked = form.questions();
            if (!asked.isEmpty()) {
                answers.putAll(Objects.requireNonNull(questions.answer(form, asked), "answers"));
            }
            answers.set(RegistrationForm.USERNAME, username).set(RegistrationForm.PASSWORD, request.password().reveal());
            try {
                registrar.submit(form, answers);
            } catch (XMPPException.XMPPErrorException e) {
                throw RegistrationFailures.ofSubmission(e, situation);
            }
            LOG.log(Level.DEBUG, "account created: {0}@{1}", username, domain);
            session.login(username, request.password());
            String inviter = invitation == null ? null : invitation.inviter().orElse(null);
            boolean contact = inviter != null && RosterCheck.isMutualContact(session, inviter);
            return new CreatedAccount(username + "@" + domain, inviter, contact, session.certificate().orElse(null));
        }
    }

    private static void checkInvitation(Invitation invitation, String domain) {
        if (invitation == null) {
            return;
        }
        if (!invitation.domain().equals(domain)) {
            throw new TraslocoException(Kind.USAGE, XmppMessages.INVITE_OTHER_SERVER, invitation.domain(), domain);
        }
        if (!invitation.allowsRegistration()) {
            throw new TraslocoException(Kind.USAGE, XmppMessages.INVITE_NO_REGISTRATION,
                    invitation.inviter().orElse(domain));
        }
    }

    private static String chooseName(AccountRequest request) {
        String fixed = request.invitation() == null ? null : request.invitation().requiredName().orElse(null);
        String wanted = request.username() == null || request.username().isBlank() ? fixed : request.username().strip();
        if (wanted == null) {
            throw new TraslocoException(Kind.USAGE, XmppMessages.REGISTER_NAME_NEEDED, request.server().domain());
        }
        String name;
        try {
            name = Localpart.from(wanted).toString();
        } catch (XmppStringprepException | IllegalArgumentException e) {
            throw new TraslocoException(Kind.USAGE, XmppMessages.REGISTER_NAME_INVALID, wanted);
        }
        if (fixed != null && !fixed.equals(name)) {
            throw new TraslocoException(Kind.USAGE, XmppMessages.INVITE_NAME_FIXED, fixed, name);
        }
        return name;
    }
}
