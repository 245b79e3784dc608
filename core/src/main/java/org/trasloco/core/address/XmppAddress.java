package org.trasloco.core.address;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * An XMPP address ({@code local@domain/resource}, RFC 7622), checked and in its canonical form: the
 * one type every part of Trasloco checks and writes addresses with.
 *
 * <p>The check follows RFC 7622 in what matters for a move: every part is NFC-normalised; the local
 * part and the domain are lower-cased (as the PRECIS username and IDNA mappings do); a local part
 * may not hold {@code " & ' / : < > @}, spaces or controls; the domain is an IP literal or a host
 * name whose labels, in their IDNA (ASCII) form, are letters, digits and inner hyphens; no part is
 * longer than 1023 bytes. It is not a full PRECIS implementation: a server may still refuse an
 * address this class accepts, never the other way round for ordinary addresses.
 *
 * @param local the part before the {@code @}, or {@code null} for a server's address
 * @param domain the server
 * @param resource the part after the {@code /}, or {@code null}
 */
public record XmppAddress(String local, String domain, String resource) {

    private static final int MAX_PART_BYTES = 1023;
    private static final String LOCAL_FORBIDDEN = "\"&'/:<>@";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern ASCII_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final String SCHEME = "xmpp:";

    /**
     * Checks and normalises the parts.
     *
     * @param local the part before the {@code @}, or {@code null}
     * @param domain the server
     * @param resource the part after the {@code /}, or {@code null}
     * @throws TraslocoException ({@code BAD_INPUT}) naming the problem
     */
    public XmppAddress {
        String shown = show(local, domain, resource);
        local = local == null ? null : checkLocal(shown, local);
        domain = checkDomain(shown, domain);
        resource = resource == null ? null : checkResource(shown, resource);
    }

    /**
     * Reads an address as a person writes it: {@code anna@example.org}, {@code example.org},
     * {@code room@muc.example.org/Nick}. Spaces around it and an {@code xmpp:} in front are forgiven.
     *
     * @param text the address
     * @return the checked address
     * @throws TraslocoException ({@code BAD_INPUT}) when it is not a valid address, saying why
     */
    public static XmppAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        String address = withoutScheme(text);
        if (address.isEmpty()) {
            throw invalid(text.strip(), LocalizedText.of(AddressText.REASON_EMPTY));
        }
        int slash = address.indexOf('/');
        String bare = slash < 0 ? address : address.substring(0, slash);
        String resource = slash < 0 ? null : address.substring(slash + 1);
        int at = bare.indexOf('@');
        return new XmppAddress(at < 0 ? null : bare.substring(0, at), at < 0 ? bare : bare.substring(at + 1), resource);
    }

    /**
     * A server's address, such as the target of an account invitation.
     *
     * @param domain the server
     * @return the address
     * @throws TraslocoException ({@code BAD_INPUT}) when it is not a server name
     */
    public static XmppAddress server(String domain) {
        return new XmppAddress(null, domain, null);
    }

    /**
     * Reads the address of a person or an account: {@code name@server}, nothing after a {@code /}.
     *
     * @param text the address as typed
     * @return the checked address
     * @throws TraslocoException ({@code BAD_INPUT}) when it is not such an address, saying why in
     *     words for someone who does not know what an XMPP address looks like
     */
    public static XmppAddress person(String text) {
        Objects.requireNonNull(text, "text");
        String address = withoutScheme(text);
        String shown = text.strip();
        if (address.isEmpty()) {
            throw invalid(shown, LocalizedText.of(AddressText.REASON_EMPTY));
        }
        int at = address.indexOf('@');
        if (at < 0) {
            throw invalid(shown, LocalizedText.of(AddressText.REASON_NO_AT));
        }
        if (at == 0) {
            throw invalid(shown, LocalizedText.of(AddressText.REASON_NO_NAME));
        }
        if (address.indexOf('/', at) >= 0) {
            throw invalid(shown, LocalizedText.of(AddressText.REASON_RESOURCE));
        }
        return new XmppAddress(address.substring(0, at), address.substring(at + 1), null);
    }

    /**
     * Reads the user's own account address given on a command line or in a form: as
     * {@link #person(String)}, but a part after {@code /} is dropped, and a bad address is a mistake
     * in what the user asked ({@code USAGE}), not in a file.
     *
     * @param text the address as typed
     * @return the account's bare address
     * @throws TraslocoException ({@code USAGE}) when it is not {@code name@server}, saying why
     */
    public static XmppAddress account(String text) {
        Objects.requireNonNull(text, "text");
        String address = withoutScheme(text);
        int slash = address.indexOf('/', Math.max(0, address.indexOf('@')));
        try {
            return person(slash < 0 ? address : address.substring(0, slash));
        } catch (TraslocoException e) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, e.text(), e);
        }
    }

    /**
     * Checks a person's address without throwing, for a form that shows the problem as one types.
     *
     * @param text the address as typed
     * @return the address in its canonical form, or why it is not one
     */
    public static Check check(String text) {
        try {
            return new Check(person(text == null ? "" : text), null);
        } catch (TraslocoException e) {
            return new Check(null, e.text());
        }
    }

    /**
     * What a check found.
     *
     * @param address the address, when it is one
     * @param problem why it is not one, when it is not
     */
    public record Check(XmppAddress address, LocalizedText problem) {
        /** Whether the text is an address. */
        public boolean ok() {
            return address != null;
        }
    }

    /** The address without its resource. */
    public XmppAddress bare() {
        return resource == null ? this : new XmppAddress(local, domain, null);
    }

    /** Whether this is a server's address (no local part). */
    public boolean isServer() {
        return local == null;
    }

    /** The address as written: {@code local@domain/resource}. */
    @Override
    public String toString() {
        return show(local, domain, resource);
    }

    private static String withoutScheme(String text) {
        String stripped = text.strip();
        return stripped.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) ? stripped.substring(SCHEME.length())
                : stripped;
    }

    private static String show(String local, String domain, String resource) {
        StringBuilder text = new StringBuilder();
        if (local != null) {
            text.append(local).append('@');
        }
        text.append(domain);
        if (resource != null) {
            text.append('/').append(resource);
        }
        return text.toString();
    }

    private static String checkLocal(String shown, String raw) {
        String local = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (local.isEmpty()) {
            throw invalid(shown, LocalizedText.of(AddressText.REASON_NO_NAME));
        }
        local.codePoints().forEach(c -> {
            if (LOCAL_FORBIDDEN.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.isISOControl(c)) {
                throw badCharacter(shown, c, AddressText.PART_LOCAL);
            }
        });
        checkLength(shown, local, AddressText.PART_LOCAL);
        return local;
    }

    private static String checkDomain(String shown, String raw) {
        if (raw == null || raw.isEmpty()) {
            throw invalid(shown, LocalizedText.of(AddressText.REASON_NO_DOMAIN));
        }
        String domain = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        checkLength(shown, domain, AddressText.PART_DOMAIN);
        if (domain.startsWith("[") && domain.endsWith("]") && isIpv6Literal(domain) || IPV4.matcher(domain).matches()) {
            return domain;
        }
        if (!isHostName(domain)) {
            throw invalid(shown, LocalizedText.of(AddressText.REASON_BAD_DOMAIN));
        }
        return domain;
    }

    /** A host name: each label, in its IDNA (ASCII) form, letters, digits and inner hyphens. */
    private static boolean isHostName(String domain) {
        if (domain.isEmpty()) {
            return false;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!ASCII_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6Literal(String domain) {
        String inside = domain.substring(1, domain.length() - 1);
        return !inside.isEmpty() && inside.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
    }

    private static String checkResource(String shown, String raw) {
        String resource = Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (resource.isEmpty()) {
            throw invalid(shown, LocalizedText.of(AddressText.REASON_EMPTY));
        }
        resource.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                throw badCharacter(shown, c, AddressText.PART_RESOURCE);
            }
        });
        checkLength(shown, resource, AddressText.PART_RESOURCE);
        return resource;
    }

    private static void checkLength(String shown, String part, AddressText partName) {
        if (part.getBytes(StandardCharsets.UTF_8).length > MAX_PART_BYTES) {
            throw invalid(shown, LocalizedText.of(AddressText.REASON_TOO_LONG, LocalizedText.of(partName)));
        }
    }

    private static TraslocoException badCharacter(String shown, int codePoint, AddressText part) {
        String character = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint) ? String.format(Locale.ROOT, "U+%04X", codePoint)
                : new String(Character.toChars(codePoint));
        return invalid(shown, LocalizedText.of(AddressText.REASON_BAD_CHARACTER, character, LocalizedText.of(part)));
    }

    private static TraslocoException invalid(String shown, LocalizedText reason) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, AddressText.INVALID, shown, reason);
    }
}
