package org.trasloco.importers.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** RFC 7622 addresses as people type them; a bad one gets a reason, never an exception. */
class XmppAddressesTest {

    @Test
    void goodAddressesAreNormalised() {
        assertEquals("anna@example.org", XmppAddresses.check("  Anna@Example.ORG ").address());
        assertEquals("anna@example.org", XmppAddresses.check("xmpp:anna@example.org").address());
        assertEquals("nonna.maria@serviziliberi.it", XmppAddresses.check("nonna.maria@serviziliberi.it").address());
        assertEquals("müller@bücher.example", XmppAddresses.check("Müller@bücher.example").address());
        assertTrue(XmppAddresses.check("bob@localhost").ok());
        assertTrue(XmppAddresses.check("bob@[::1]").ok());
    }

    @Test
    void badAddressesSayWhyInTheUsersLanguage() {
        assertReason("anna.example.org", "anna.example.org is not an XMPP address: an address has a name, @ and a server, like anna@example.org.");
        assertReason("@example.org", "@example.org is not an XMPP address: the name before @ is missing.");
        assertReason("anna@", "anna@ is not an XMPP address: the server after @ is missing.");
        assertReason("anna@example.org/phone", "anna@example.org/phone is not an XMPP address: write only name@server, without the part after /.");
        assertReason("anna maria@example.org", "anna maria@example.org is not an XMPP address: the name before @ has spaces or characters (\" & ' : < >) that an address cannot have.");
        assertReason("anna@exa mple.org", "anna@exa mple.org is not an XMPP address: the server after @ is not a valid server name.");
        assertReason("anna@-example.org", "anna@-example.org is not an XMPP address: the server after @ is not a valid server name.");
        assertReason("anna@example..org", "anna@example..org is not an XMPP address: the server after @ is not a valid server name.");
        assertReason("a@b@example.org", "a@b@example.org is not an XMPP address: the name before @ has spaces or characters (\" & ' : < >) that an address cannot have.");
        assertReason("", " is not an XMPP address: nothing was written.");
        AddressCheck italian = XmppAddresses.check("anna");
        assertEquals("anna non è un indirizzo XMPP: un indirizzo ha un nome, @ e un server, come anna@example.org.",
                italian.problem().format(Locale.ITALIAN));
    }

    private static void assertReason(String typed, String reason) {
        AddressCheck check = XmppAddresses.check(typed);
        assertFalse(check.ok(), typed);
        assertEquals(reason, check.problem().format(Locale.ENGLISH));
    }
}
