package org.trasloco.xmpp.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trasloco.core.error.TraslocoException;

class InvitationUriTest {

    /** Found by InvitationLinkFuzzTest: a query of semicolons alone failed with ArrayIndexOutOfBoundsException. */
    @Test
    void aQueryOfSemicolonsAloneIsRefusedInWords() {
        TraslocoException error = assertThrows(TraslocoException.class, () -> InvitationUri.parse("xmpp:amg?;;;;;;;;"));
        assertEquals(TraslocoException.Kind.USAGE, error.kind());
    }

    @Test
    void readsAnAccountInvitation() {
        // As Prosody's "prosodyctl mod_invites generate" prints it.
        Invitation invitation = InvitationUri.parse("xmpp:example.org?register;preauth=GPxBv8M4bM8p9SH1NsUjn5dq");
        assertEquals(Invitation.Kind.ACCOUNT, invitation.kind());
        assertEquals("example.org", invitation.domain());
        assertEquals("GPxBv8M4bM8p9SH1NsUjn5dq", invitation.token());
        assertTrue(invitation.allowsRegistration());
        assertEquals(Optional.empty(), invitation.requiredName());
    }

    @Test
    void readsAnInvitationForANamedAccount() {
        Invitation invitation = InvitationUri.parse("xmpp:Alice@example.org?register;preauth=T0k3n");
        assertEquals(Invitation.Kind.NAMED_ACCOUNT, invitation.kind());
        assertEquals(Optional.of("alice"), invitation.requiredName());
    }

    @Test
    void readsAContactInvitationWithSignUp() {
        Invitation invitation = InvitationUri.parse("  xmpp:juliet@example.org?roster;preauth=abc-_123;ibr=y\n");
        assertEquals(Invitation.Kind.CONTACT, invitation.kind());
        assertEquals(Optional.of("juliet@example.org"), invitation.inviter());
        assertTrue(invitation.allowsRegistration());
        assertEquals("abc-_123", invitation.token());
    }

    @Test
    void aContactInvitationWithoutIbrCreatesNoAccount() {
        assertFalse(InvitationUri.parse("xmpp:juliet@example.org?roster;preauth=abc").allowsRegistration());
    }

    @Test
    void decodesPercentEncodingAndForgivesAnUpperCaseScheme() {
        Invitation invitation = InvitationUri.parse("XMPP:m%C3%BCller@example.org?roster;name=M%C3%BCller;preauth=a%2Bb;ibr=y");
        assertEquals(Optional.of("müller@example.org"), invitation.inviter());
        assertEquals("a+b", invitation.token());
    }

    @Test
    void findsTheLinkInsideALandingPageAddress() {
        Invitation invitation = InvitationUri.parse("https://xmpp.link/#juliet@example.org?roster;preauth=abc;ibr=y");
        assertEquals(Invitation.Kind.CONTACT, invitation.kind());
        assertEquals("example.org", invitation.domain());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.org", "xmpp:example.org", "xmpp:example.org?register",
        "xmpp:example.org?join;preauth=x", "xmpp:example.org?roster;preauth=x", "https://example.org/invite",
        "xmpp:exa mple.org?register;preauth=x"})
    void refusesWhatIsNotAnInvitation(String text) {
        TraslocoException error = assertThrows(TraslocoException.class, () -> InvitationUri.parse(text));
        assertEquals(TraslocoException.Kind.USAGE, error.kind());
        assertTrue(error.message(Locale.ENGLISH).contains("is not an XMPP invitation link"));
    }

    @Test
    void neverShowsTheTokenInToString() {
        assertFalse(InvitationUri.parse("xmpp:example.org?register;preauth=SECRET").toString().contains("SECRET"));
    }
}
