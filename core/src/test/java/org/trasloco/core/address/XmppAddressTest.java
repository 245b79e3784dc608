package org.trasloco.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.testing.BundleAssertions;

/**
 * RFC 7622 addresses as people, files and servers give them: one check for the people step, the
 * account, invitations and links, so that no two of them can disagree about the same address.
 */
class XmppAddressTest {

    @Test
    void splitsAndNormalisesAnAddress() {
        XmppAddress address = XmppAddress.parse(" Anna.Rossi@ServiziLiberi.IT./Telefono di Anna ");
        assertEquals("anna.rossi", address.local());
        assertEquals("serviziliberi.it", address.domain());
        assertEquals("Telefono di Anna", address.resource());
        assertEquals("anna.rossi@serviziliberi.it", address.bare().toString());
    }

    @Test
    void peoplesAddressesAreNormalisedTheWayTheyAreTyped() {
        assertEquals("anna@example.org", XmppAddress.person("  Anna@Example.ORG ").toString());
        assertEquals("anna@example.org", XmppAddress.person("xmpp:anna@example.org").toString());
        assertEquals("nonna.maria@serviziliberi.it", XmppAddress.person("nonna.maria@serviziliberi.it").toString());
        assertEquals("müller@bücher.example", XmppAddress.person("Müller@bücher.example").toString());
        assertTrue(XmppAddress.check("bob@localhost").ok());
        assertTrue(XmppAddress.check("bob@[::1]").ok());
        assertEquals("anna@example.org", XmppAddress.account("xmpp:Anna@example.org/phone").toString(),
                "an account's address loses its resource");
    }

    @Test
    void composesDecomposedAccentsSoTheSameNameIsTheSameAddress() {
        assertEquals(XmppAddress.parse("nicol\u00f2@example.org"), XmppAddress.parse("nicolo\u0300@example.org"));
    }

    @Test
    void acceptsServerAddressesAndIpLiterals() {
        assertTrue(XmppAddress.parse("example.org").isServer());
        assertNull(XmppAddress.parse("[2001:DB8::1]").local());
        assertEquals("[2001:db8::1]", XmppAddress.parse("[2001:DB8::1]").domain());
        assertEquals("anna@192.0.2.7", XmppAddress.parse("anna@192.0.2.7").toString());
        assertEquals("conference.localhost", XmppAddress.server("Conference.Localhost").toString());
    }

    @Test
    void refusesWhatRfc7622Forbids() {
        for (String address : new String[] {"", "  ", "anna@", "@example.org", "a\"b@example.org", "a&b@example.org",
                "a:b@example.org", "a<b@example.org", "anna@exa mple.org", "anna@-example.org", "anna@example..org",
                "anna@exa_mple.org", "a@b@example.org", "a\u0007b@example.org", "anna@example.org/a\u0000b"}) {
            TraslocoException error = assertThrows(TraslocoException.class, () -> XmppAddress.parse(address), address);
            assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
            assertFalse(XmppAddress.check(address).ok(), address);
        }
    }

    @Test
    void refusesPartsLongerThan1023Bytes() {
        String local = "è".repeat(512);
        TraslocoException error = assertThrows(TraslocoException.class, () -> XmppAddress.parse(local + "@example.org"));
        assertTrue(error.message(Locale.ENGLISH).contains("longer than 1023 bytes"), error.message(Locale.ENGLISH));
        assertEquals(511, XmppAddress.parse("è".repeat(511) + "@example.org").local().length());
    }

    @Test
    void aBadAddressSaysWhyInTheUsersLanguage() {
        assertReason("anna.example.org", "an address has a name, @ and a server, like anna@example.org.");
        assertReason("@example.org", "the name before @ is missing.");
        assertReason("anna@", "the server after @ is missing.");
        assertReason("anna@example.org/phone", "write only name@server, without the part after /.");
        assertReason("anna maria@example.org", "the character \"U+0020\" cannot be in the name before @.");
        assertReason("anna@exa mple.org", "the server after @ is not a valid server name.");
        assertReason("", "nothing was written.");
        assertEquals("anna non è un indirizzo XMPP: un indirizzo ha un nome, @ e un server, come anna@example.org.",
                XmppAddress.check("anna").problem().format(Locale.ITALIAN));
    }

    @Test
    void anAccountGivenWrongIsAMistakeInTheRequest() {
        TraslocoException error = assertThrows(TraslocoException.class, () -> XmppAddress.account("anna"));
        assertEquals(TraslocoException.Kind.USAGE, error.kind());
    }

    @Test
    void everyAddressTextIsTranslated() {
        BundleAssertions.assertComplete(AddressText.class);
    }

    private static void assertReason(String typed, String reason) {
        XmppAddress.Check check = XmppAddress.check(typed);
        assertFalse(check.ok(), typed);
        assertEquals(typed.strip() + " is not an XMPP address: " + reason, check.problem().format(Locale.ENGLISH));
    }
}
