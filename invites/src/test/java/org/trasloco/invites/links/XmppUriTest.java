package org.trasloco.invites.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trasloco.core.error.TraslocoException;

class XmppUriTest {

    /** Every form Trasloco makes, with addresses that are unusual but valid under RFC 7622. */
    static Stream<Arguments> linksAndTheirUriForm() {
        return Stream.of(
                Arguments.of(InviteLinks.contact(Jid.parse("anna@example.org"), "Anna Rossi"),
                        "xmpp:anna@example.org?roster;name=Anna%20Rossi"),
                Arguments.of(InviteLinks.contact(Jid.parse("anna@example.org"), null),
                        "xmpp:anna@example.org?roster"),
                // RFC 5122 nodeallow characters stay literal in the local part.
                Arguments.of(InviteLinks.contact(Jid.parse("o.brien+chat!$(x)*,;=@example.org"), "Ó Briain"),
                        "xmpp:o.brien+chat!$(x)*,;=@example.org?roster;name=%C3%93%20Briain"),
                // '?', '#' and '%' are valid in a local part and must be escaped so the link still parses.
                Arguments.of(InviteLinks.contact(Jid.parse("what?#100%@example.org"), "A;B=C&D"),
                        "xmpp:what%3F%23100%25@example.org?roster;name=A%3BB%3DC%26D"),
                // Non-ASCII local part and domain: UTF-8, percent-encoded in the URI form.
                Arguments.of(InviteLinks.contact(Jid.parse("nicolò@caffè.example"), "Nicolò 🌻"),
                        "xmpp:nicol%C3%B2@caff%C3%A8.example?roster;name=Nicol%C3%B2%20%F0%9F%8C%BB"),
                Arguments.of(InviteLinks.contact(Jid.parse("ζωή@παράδειγμα.δοκιμή"), "Ζωή"),
                        "xmpp:%CE%B6%CF%89%CE%AE@%CF%80%CE%B1%CF%81%CE%AC%CE%B4%CE%B5%CE%B9%CE%B3%CE%BC%CE%B1."
                                + "%CE%B4%CE%BF%CE%BA%CE%B9%CE%BC%CE%AE?roster;name=%CE%96%CF%89%CE%AE"),
                Arguments.of(InviteLinks.contactPreauth(Jid.parse("me@example.org"), "Zm9v+YmFy/=", true),
                        "xmpp:me@example.org?roster;preauth=Zm9v%2BYmFy%2F%3D;ibr=y"),
                Arguments.of(InviteLinks.contactPreauth(Jid.parse("me@example.org"), "abc-DEF_123.~", false),
                        "xmpp:me@example.org?roster;preauth=abc-DEF_123.~"),
                Arguments.of(InviteLinks.account("example.org", "t0k3n"),
                        "xmpp:example.org?register;preauth=t0k3n"),
                Arguments.of(InviteLinks.account("[2001:db8::1]", "x y"),
                        "xmpp:[2001:db8::1]?register;preauth=x%20y"),
                Arguments.of(InviteLinks.groupChat(Jid.parse("famiglia-rossi@muc.example.org")),
                        "xmpp:famiglia-rossi@muc.example.org?join"),
                Arguments.of(InviteLinks.message(Jid.parse("anna@example.org/Phone & tablet: 2"), "Ciao!\nA presto"),
                        "xmpp:anna@example.org/Phone%20&%20tablet:%202?message;body=Ciao%21%0AA%20presto"),
                Arguments.of(XmppUri.of(Jid.parse("example.org")), "xmpp:example.org"));
    }

    @ParameterizedTest
    @MethodSource("linksAndTheirUriForm")
    void writesTheUriFormAndReadsItBack(XmppUri link, String expected) {
        assertEquals(expected, link.toString());
        assertEquals(link, XmppUri.parse(expected));
        assertTrue(expected.chars().allMatch(c -> c > ' ' && c < 0x7F), "URI form is printable ASCII");
    }

    /** Found by XmppLinkFuzzTest: a non-ASCII letter in the query type passed the check, then failed with IllegalArgumentException. */
    @Test
    void aQueryTypeWithANonAsciiLetterIsRefusedInWords() {
        TraslocoException error = assertThrows(TraslocoException.class,
                () -> XmppUri.parse("xmpp:a;pr@example.org?ro\u00e7ster;preauth=3f8a9c;ibr=y"));
        assertEquals(LinkText.URI_INVALID, error.text().key());
    }

    @Test
    void readsTheIriFormWithUnicodeLeftAsIs() {
        XmppUri link = XmppUri.parse("xmpp:nicolò@caffè.example?roster;name=Nicolò");
        assertEquals(Jid.parse("nicolò@caffè.example"), link.jid());
        assertEquals("Nicolò", link.parameter("name").orElseThrow());
    }

    @Test
    void readsUpperCaseSchemeLowerCaseEscapesAndSurroundingSpace() {
        XmppUri link = XmppUri.parse("  XMPP:Anna@Example.ORG?roster;name=Anna%c3%a8  ");
        assertEquals("anna@example.org", link.jid().toString());
        assertEquals("Annaè", link.parameter("name").orElseThrow());
    }

    @Test
    void keepsParametersItDoesNotKnowInOrder() {
        XmppUri link = XmppUri.parse("xmpp:romeo@montague.lit?roster;omemo-sid-123=abcd;name=Romeo;name=Ignored");
        assertEquals(List.of(new XmppUri.Parameter("omemo-sid-123", "abcd"), new XmppUri.Parameter("name", "Romeo"),
                new XmppUri.Parameter("name", "Ignored")), link.parameters());
        assertEquals("Romeo", link.parameter("name").orElseThrow());
        assertEquals(link, XmppUri.parse(link.toString()));
    }

    @Test
    void refusesBrokenLinksWithAReason() {
        assertReason("https://example.org", "does not start with xmpp:");
        assertReason("xmpp://guest@example.org/anna@example.org", "not supported");
        assertReason("xmpp:anna@example.org#top", "after #");
        assertReason("xmpp:anna@example.org?roster;name=%E2%28", "percent-encoding");
        assertReason("xmpp:anna@example.org?roster;name=%4", "percent-encoding");
        assertReason("xmpp:anna@example.org?roster;name", "has no \"=\"");
        assertReason("xmpp:an na@example.org", "\"U+0020\" is not allowed in the user name");
        assertReason("xmpp:anna@example.org?roster;name=a b", "not allowed in the query");
        assertReason("xmpp:o%27brien@example.org", "\"'\" is not allowed in the user name");
        assertReason("xmpp:anna@", "server part after the @ is missing");
        assertReason("xmpp:anna@exa_mple.org", "is not a server name");
    }

    @Test
    void explainsInItalianToo() {
        TraslocoException error = assertThrows(TraslocoException.class, () -> XmppUri.parse("mailto:anna@example.org"));
        assertEquals("\"mailto:anna@example.org\" non è un link xmpp: valido: non comincia con xmpp:.",
                error.message(Locale.ITALIAN));
    }

    private static void assertReason(String link, String reason) {
        TraslocoException error = assertThrows(TraslocoException.class, () -> XmppUri.parse(link));
        assertEquals(TraslocoException.Kind.BAD_INPUT, error.kind());
        String message = error.message(Locale.ENGLISH);
        assertTrue(message.contains(reason) && message.contains(link.strip()), message);
    }
}
