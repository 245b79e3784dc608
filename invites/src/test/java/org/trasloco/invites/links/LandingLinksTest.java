package org.trasloco.invites.links;

import org.trasloco.core.address.XmppAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;

class LandingLinksTest {

    @Test
    void putsTheLinkWithoutSchemeAfterTheHash() {
        XmppUri link = InviteLinks.contact(XmppAddress.parse("what?#100%@caffè.example"), "Zoë");
        String landing = LandingLinks.standard().landing(link);
        assertEquals("https://xmpp.link/#what%3F%23100%25@caff%C3%A8.example?roster;name=Zo%C3%AB", landing);
        assertEquals(Optional.of(link), LandingLinks.standard().parse(landing));
    }

    @Test
    void roundTripsEveryFormOnAConfiguredPage() {
        LandingLinks page = LandingLinks.withBase("https://invito.caffe-privacy.example/#");
        for (XmppUri link : new XmppUri[] {
                InviteLinks.contactPreauth(XmppAddress.parse("me@example.org"), "a/b+c", true),
                InviteLinks.account("example.org", "t0k3n"),
                InviteLinks.groupChat(XmppAddress.parse("room@muc.example.org")),
                InviteLinks.message(XmppAddress.parse("me@example.org"), "ciao, come stai?")}) {
            String landing = page.landing(link);
            assertTrue(landing.startsWith("https://invito.caffe-privacy.example/#"), landing);
            assertEquals(Optional.of(link), page.parse(landing));
        }
    }

    @Test
    void prefersTheServersOwnLandingPage() {
        XmppUri link = InviteLinks.contactPreauth(XmppAddress.parse("me@example.org"), "T", true);
        assertEquals("https://example.org/invite?T", LandingLinks.standard().invite(link, "https://example.org/invite?T").landing());
        assertEquals("https://xmpp.link/#me@example.org?roster;preauth=T;ibr=y",
                LandingLinks.standard().invite(link, null).landing());
    }

    @Test
    void ignoresLinksOnOtherPages() {
        assertEquals(Optional.empty(), LandingLinks.standard().parse("https://example.org/invite?T"));
    }

    @Test
    void refusesABaseThatIsNotHttpsEndingInHash() {
        for (String base : new String[] {"http://xmpp.link/#", "https://xmpp.link/", "xmpp.link/#", "https:///#"}) {
            TraslocoException error = assertThrows(TraslocoException.class, () -> LandingLinks.withBase(base), base);
            assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
        }
    }
}
