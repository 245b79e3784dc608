package org.trasloco.xmpp.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.core.address.XmppAddress;
import org.trasloco.xmpp.login.AccountLogin;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.registration.AccountCreator;
import org.trasloco.xmpp.registration.AccountRequest;
import org.trasloco.xmpp.registration.CreatedAccount;
import org.trasloco.xmpp.registration.FormQuestions;
import org.trasloco.xmpp.registration.RegistrationAnswers;
import org.trasloco.xmpp.testing.ProsodyConfig;
import org.trasloco.xmpp.testing.ProsodyExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestProsody;

/** A server that creates accounts only with an invitation (XEP-0401 links, XEP-0445 tokens). */
class InvitationIT {

    @RegisterExtension
    static final ProsodyExtension PROSODY = new ProsodyExtension(
            ProsodyConfig.defaults().withRegistration(ProsodyConfig.Registration.INVITE_ONLY));

    private static final FormQuestions NONE = (form, questions) -> new RegistrationAnswers();

    private final AccountCreator creator = new AccountCreator(TestAccounts.connector());

    @Test
    void withoutAnInvitationSaysOneIsNeeded(TestProsody prosody) {
        TraslocoException error = assertThrows(TraslocoException.class, () -> creator.create(
                AccountRequest.named(prosody.address(), TestAccounts.uniqueName("nora"), Password.of("pw")), NONE));
        assertEquals(Kind.REFUSED, error.kind());
        assertTrue(error.message(Locale.ENGLISH).startsWith("localhost creates accounts only with an invitation."),
                error.message(Locale.ENGLISH));
    }

    @Test
    void anAccountInvitationWorksOnceAndIsRefusedTheSecondTime(TestProsody prosody) {
        Invitation invitation = InvitationUri.parse(prosody.createAccountInvite());
        assertEquals(Invitation.Kind.ACCOUNT, invitation.kind());
        String name = TestAccounts.uniqueName("olga");

        CreatedAccount account = creator.create(request(prosody, name).withInvitation(invitation), NONE);
        assertEquals(name + "@localhost", account.jid());

        TraslocoException reused = assertThrows(TraslocoException.class, () -> creator.create(
                request(prosody, TestAccounts.uniqueName("olga")).withInvitation(invitation), NONE));
        assertEquals(Kind.REFUSED, reused.kind());
        assertTrue(reused.message(Locale.ENGLISH).startsWith("The invitation to localhost is not valid any more"));
    }

    @Test
    void anInvalidTokenIsRefused(TestProsody prosody) {
        Invitation forged = InvitationUri.parse("xmpp:localhost?register;preauth=AAAAAAAAAAAAAAAAAAAAAAAA");
        TraslocoException error = assertThrows(TraslocoException.class,
                () -> creator.create(request(prosody, TestAccounts.uniqueName("pia")).withInvitation(forged), NONE));
        assertEquals(Kind.REFUSED, error.kind());
        assertTrue(error.message(Locale.ENGLISH).contains("is not valid any more"));
    }

    @Test
    void aNamedInvitationFixesTheName(TestProsody prosody) {
        String name = TestAccounts.uniqueName("quinto");
        Invitation invitation = InvitationUri.parse(prosody.createAccountInvite(name));
        assertEquals(Invitation.Kind.NAMED_ACCOUNT, invitation.kind());

        TraslocoException other = assertThrows(TraslocoException.class,
                () -> creator.create(request(prosody, "someoneelse").withInvitation(invitation), NONE));
        assertEquals(Kind.USAGE, other.kind());

        CreatedAccount account = creator.create(
                new AccountRequest(prosody.address(), null, Password.of("pw"), invitation, null), NONE);
        assertEquals(name + "@localhost", account.jid());
    }

    @Test
    void aContactInvitationEndsWithTheInviterAsAMutualContact(TestProsody prosody) {
        String inviter = TestAccounts.uniqueName("rita");
        prosody.registerUser(inviter, "inviter's password");
        Invitation invitation = InvitationUri.parse(prosody.createContactInvite(inviter));
        assertEquals(Invitation.Kind.CONTACT, invitation.kind());
        String name = TestAccounts.uniqueName("sara");

        CreatedAccount account = creator.create(request(prosody, name).withInvitation(invitation), NONE);

        assertEquals(inviter + "@localhost", account.inviter());
        assertTrue(account.inviterIsContact(), "the new account has the inviter as a mutual contact");
        try (XmppSession inviterSession = new AccountLogin(TestAccounts.connector()).open(
                XmppAddress.account(inviter + "@localhost"), prosody.address(), Password.of("inviter's password"))) {
            assertTrue(RosterCheck.isMutualContact(inviterSession, name + "@localhost"),
                    "the inviter has the new account as a mutual contact");
        }
    }

    @Test
    void aUserCanCreateAContactInvitationThroughTheServer(TestProsody prosody) {
        String inviter = TestAccounts.uniqueName("tina");
        prosody.registerUser(inviter, "pw");
        InviteCreator.CreatedInvite created;
        try (XmppSession session = new AccountLogin(TestAccounts.connector()).open(
                XmppAddress.account(inviter + "@localhost"), prosody.address(), Password.of("pw"))) {
            created = new InviteCreator(session).contactInvite();
        }
        assertEquals(Invitation.Kind.CONTACT, created.invitation().kind());
        assertTrue(created.invitation().allowsRegistration());

        CreatedAccount account = creator.create(
                request(prosody, TestAccounts.uniqueName("ugo")).withInvitation(created.invitation()), NONE);
        assertTrue(account.inviterIsContact());
    }

    private static AccountRequest request(TestProsody prosody, String name) {
        return AccountRequest.named(prosody.address(), name, Password.of("pw"));
    }
}
