package org.trasloco.invites.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trasloco.invites.links.Jid;
import org.trasloco.invites.links.LandingLinks;
import org.trasloco.invites.links.ServerInvite;
import org.trasloco.invites.links.UriEncoding;
import org.trasloco.invites.people.Invitee;
import org.trasloco.invites.people.Inviter;

class InvitationsTest {

    private static final Inviter MARCO = new Inviter("Marco Bianchi", Jid.parse("marco@serviziliberi.it"));

    @Test
    void writesEachPersonInTheirLanguageWithTheirOwnLink() {
        Invitee nonna = new Invitee("Nonna Rosa", "+39 333 123 4567", null, Locale.ITALIAN);
        Invitee jess = new Invitee("Jess", null, "@jess_moreau", Locale.ENGLISH);
        List<ShareMessage> messages = Invitations.forPeople(MARCO, List.of(nonna, jess), LandingLinks.standard(),
                Map.of(nonna, new ServerInvite("T0K3N", null, true))::get);

        ShareMessage toNonna = messages.get(0);
        assertEquals("https://xmpp.link/#marco@serviziliberi.it?roster;preauth=T0K3N;ibr=y", toNonna.link().landing());
        assertEquals("Ciao Nonna Rosa! Ho spostato le mie chat su XMPP, un sistema di chat aperto che nessuna azienda "
                + "controlla da sola. Aggiungimi con questo link, che ti dice anche quale app installare: "
                + "https://xmpp.link/#marco@serviziliberi.it?roster;preauth=T0K3N;ibr=y\n"
                + "Il mio nuovo indirizzo: marco@serviziliberi.it", toNonna.text());
        assertEquals("https://wa.me/393331234567?text=" + UriEncoding.encodeComponent(toNonna.text()), toNonna.whatsApp());
        assertEquals("sms:+393331234567?body=" + UriEncoding.encodeComponent(toNonna.text()), toNonna.sms());

        ShareMessage toJess = messages.get(1);
        assertEquals("xmpp:marco@serviziliberi.it?roster;name=Marco%20Bianchi", toJess.link().uri().toString());
        assertTrue(toJess.text().startsWith("Hi Jess! I have moved my chats to XMPP"), toJess.text());
        assertTrue(toJess.whatsApp().startsWith("https://wa.me/?text=Hi%20Jess%21%20"), toJess.whatsApp());
        assertEquals("jess_moreau", toJess.invitee().telegram());
        assertTrue(toJess.sms().startsWith("sms:?body=Hi%20Jess%21%20"), "without a number the phone asks whom: " + toJess.sms());
    }

    @Test
    void telegramLinkCarriesTheLandingLinkAndATextWithoutIt() {
        Invitee anna = Invitee.named("Anna & Zoë", Locale.ENGLISH);
        ShareMessage message = Invitations.forPeople(MARCO, List.of(anna), LandingLinks.standard(), p -> null).get(0);
        URI telegram = URI.create(message.telegram());
        assertEquals("t.me", telegram.getHost());
        assertEquals("/share/url", telegram.getPath());
        String query = telegram.getRawQuery();
        assertTrue(query.startsWith("url=" + UriEncoding.encodeComponent(message.link().landing()) + "&text="), query);
        String text = telegram.getQuery();
        assertTrue(text.contains("Hi Anna & Zoë!") && !text.substring(text.indexOf("&text=")).contains("https://"), text);
    }

    @Test
    void prefersTheServersLandingPageForItsToken() {
        ServerInvite invite = new ServerInvite("abc", "https://serviziliberi.it/invite?abc", false);
        assertEquals("https://serviziliberi.it/invite?abc",
                Invitations.addMe(MARCO, invite, LandingLinks.standard()).landing());
        assertEquals("xmpp:marco@serviziliberi.it?roster;preauth=abc",
                Invitations.addMe(MARCO, invite, LandingLinks.standard()).uri().toString());
    }
}
