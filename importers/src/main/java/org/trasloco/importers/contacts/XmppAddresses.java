package org.trasloco.importers.contacts;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Checks that a text is a real XMPP address of a person (RFC 7622: {@code localpart@domainpart},
 * no resource), the way people type them: surrounding spaces and an {@code xmpp:} prefix are
 * forgiven. jxmpp-jid prepares and checks the parts; the domain must also be a host name (or an IP
 * literal) a server can have. A bad address yields a reason, never an exception.
 */
public final class XmppAddresses {

    private static final int MAX_PART_BYTES = 1023;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-fA-F:.]+]");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private XmppAddresses() {
    }

    /**
     * Checks an address.
     *
     * @param text the address as typed
     * @return the normalised address, or the reason it is not one
     */
    public static AddressCheck check(String text) {
        String typed = text == null ? "" : text.strip();
        String address = typed.regionMatches(true, 0, "xmpp:", 0, 5) ? typed.substring(5) : typed;
        if (address.isEmpty()) {
            return problem(typed, ContactsMessages.ADDRESS_EMPTY);
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return problem(typed, ContactsMessages.ADDRESS_NO_AT);
        }
        if (at == 0) {
            return problem(typed, ContactsMessages.ADDRESS_NO_NAME);
        }
        int slash = address.indexOf('/', at);
        if (slash >= 0) {
            return problem(typed, ContactsMessages.ADDRESS_RESOURCE);
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (domain.isEmpty()) {
            return problem(typed, ContactsMessages.ADDRESS_NO_DOMAIN);
        }
        if (local.getBytes(StandardCharsets.UTF_8).length > MAX_PART_BYTES
                || domain.getBytes(StandardCharsets.UTF_8).length > MAX_PART_BYTES) {
            return problem(typed, ContactsMessages.ADDRESS_TOO_LONG);
        }
        if (domain.indexOf('@') >= 0 || local.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"'
                || c == '&' || c == '\'' || c == ':' || c == '<' || c == '>' || Character.isISOControl(c))) {
            return problem(typed, ContactsMessages.ADDRESS_BAD_NAME);
        }
        if (!isHost(domain)) {
            return problem(typed, ContactsMessages.ADDRESS_BAD_DOMAIN);
        }
        try {
            EntityBareJid jid = JidCreate.entityBareFrom(local + "@" + domain);
            return new AddressCheck(jid.toString(), null);
        } catch (XmppStringprepException | IllegalArgumentException e) {
            return problem(typed, ContactsMessages.ADDRESS_BAD_NAME);
        }
    }

    private static boolean isHost(String domain) {
        String host = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        if (IPV4.matcher(host).matches() || IPV6_LITERAL.matcher(host).matches()) {
            return true;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (ascii.isEmpty()) {
            return false;
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static AddressCheck problem(String typed, ContactsMessages reason) {
        return new AddressCheck(null, LocalizedText.of(ContactsMessages.ADDRESS_INVALID, typed, LocalizedText.of(reason)));
    }
}
