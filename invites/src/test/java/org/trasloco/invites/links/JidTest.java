package org.trasloco.invites.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trasloco.core.error.TraslocoException;

class JidTest {

    @Test
    void splitsAndNormalisesAnAddress() {
        Jid jid = Jid.parse(" Anna.Rossi@ServiziLiberi.IT./Telefono di Anna ");
        assertEquals("anna.rossi", jid.local());
        assertEquals("serviziliberi.it", jid.domain());
        assertEquals("Telefono di Anna", jid.resource());
        assertEquals("anna.rossi@serviziliberi.it", jid.bare().toString());
    }

    @Test
    void composesDecomposedAccentsSoTheSameNameIsTheSameAddress() {
        assertEquals(Jid.parse("nicol\u00f2@example.org"), Jid.parse("nicolo\u0300@example.org"));
    }

    @Test
    void acceptsServerAddressesAndIpLiterals() {
        assertTrue(Jid.parse("example.org").isServer());
        assertNull(Jid.parse("[2001:DB8::1]").local());
        assertEquals("[2001:db8::1]", Jid.parse("[2001:DB8::1]").domain());
        assertEquals("anna@192.0.2.7", Jid.parse("anna@192.0.2.7").toString());
    }

    @Test
    void refusesWhatRfc7622Forbids() {
        for (String address : new String[] {"", "  ", "anna@", "@example.org", "a\"b@example.org", "a&b@example.org",
                "a:b@example.org", "a<b@example.org", "anna@exa mple.org", "anna@-example.org", "anna@example..org",
                "a\u0007b@example.org", "anna@example.org/a\u0000b"}) {
            TraslocoException error = assertThrows(TraslocoException.class, () -> Jid.parse(address), address);
            assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
        }
    }

    @Test
    void refusesPartsLongerThan1023Bytes() {
        String local = "è".repeat(512);
        TraslocoException error = assertThrows(TraslocoException.class, () -> Jid.parse(local + "@example.org"));
        assertTrue(error.message(Locale.ENGLISH).contains("longer than 1023 bytes"), error.message(Locale.ENGLISH));
        assertEquals(511, Jid.parse("è".repeat(511) + "@example.org").local().length());
    }
}
