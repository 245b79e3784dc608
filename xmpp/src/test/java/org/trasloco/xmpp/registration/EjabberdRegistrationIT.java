package org.trasloco.xmpp.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.invitation.InvitationUri;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.testing.EjabberdConfig;
import org.trasloco.xmpp.testing.EjabberdExtension;
import org.trasloco.xmpp.testing.TestAccounts;
import org.trasloco.xmpp.testing.TestEjabberd;

/**
 * Sign-up on ejabberd 23.01 (in-band registration without CAPTCHA, no wait between sign-ups so
 * that each test can sign up), and an invitation link on a server that makes no invitations.
 */
class EjabberdRegistrationIT extends RegistrationCases {

    @RegisterExtension
    static final EjabberdExtension EJABBERD = new EjabberdExtension(EjabberdConfig.defaults()
            .withRegistrationTimeout(null));

    @Test
    void anInvitationLinkSaysThatTheServerMakesNoInvitations(TestEjabberd ejabberd) {
        AccountRequest invited = AccountRequest.named(ejabberd.address(), TestAccounts.uniqueName("nora"), Password.of("pw"))
                .withInvitation(InvitationUri.parse("xmpp:localhost?register;preauth=AAAAAAAAAAAAAAAAAAAAAAAA"));

        TraslocoException error = assertThrows(TraslocoException.class, () -> creator.create(invited, NO_QUESTIONS));

        assertEquals(TraslocoException.Kind.REFUSED, error.kind());
        assertEquals("The server localhost makes no invitations, so this invitation link cannot create an account there. "
                + "Ask the person who sent it which server it is for, or sign up without the link if localhost allows "
                + "that.", error.message(Locale.ENGLISH));
    }
}
