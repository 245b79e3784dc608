package org.trasloco.invites.links;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * An XMPP address ({@code local@domain/resource}, RFC 7622), checked and put in a canonical form.
 *
 * <p>The check follows RFC 7622 in what matters for invitations: the parts are NFC-normalised, the
 * local part and the domain are lower-cased (as the PRECIS username and IDNA mappings do), the
 * characters RFC 7622 forbids in a local part ({@code " & ' / : < > @}, spaces and controls) are
 * refused, the domain is a host name (Unicode labels allowed) or a bracketed IP literal, and no part
 * is longer than 1023 bytes. It is not a full PRECIS implementation: a server may still refuse an
 * address this class accepts, never the other way round for ordinary addresses.
 *
 * @param local the part before the {@code @}, or {@code null} for a server address
 * @param domain the server
 * @param resource the part after the {@code /}, or {@code null}
 */
public record Jid(String local, String domain, String resource) {

    private static final int MAX_PART_BYTES = 1023;
    private static final String LOCAL_FORBIDDEN = "\"&'/:<>@";

    /**
     * Checks and normalises the parts.
     *
     * @param local the part before the {@code @}, or {@code null}
     * @param domain the server
     * @param resource the part after the {@code /}, or {@code null}
     * @throws TraslocoException ({@code BAD_INPUT}) naming the problem
     */
    public Jid {
        String shown = show(local, domain, resource);
        local = local == null ? null : checkLocal(shown, local);
        domain = checkDomain(shown, domain);
        resource = resource == null ? null : checkResource(shown, resource);
    }

    /**
     * Parses an address as a person would type it: {@code anna@example.org},
     * {@code example.org} or {@code room@muc.example.org/Nick}. Surrounding spaces are ignored.
     *
     * @param address the address
     * @return the checked address
     * @throws TraslocoException ({@code BAD_INPUT}) when it is not a valid address
     */
    public static Jid parse(String address) {
        Objects.requireNonNull(address, "address");
        String text = address.strip();
        if (text.isEmpty()) {
            throw invalid(address, LocalizedText.of(LinkText.REASON_EMPTY));
        }
        JidParts parts = JidParts.split(text);
        return new Jid(parts.local(), parts.domain(), parts.resource());
    }

    /**
     * A server address, such as the target of an account invitation.
     *
     * @param domain the server
     * @return the address
     */
    public static Jid server(String domain) {
        return new Jid(null, domain, null);
    }

    /** The address without its resource. */
    public Jid bare() {
        return resource == null ? this : new Jid(local, domain, null);
    }

    /** Whether this is a server address (no local part). */
    public boolean isServer() {
        return local == null;
    }

    /** The address as written: {@code local@domain/resource}. */
    @Override
    public String toString() {
        return show(local, domain, resource);
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
            throw invalid(shown, LocalizedText.of(LinkText.REASON_EMPTY));
        }
        local.codePoints().forEach(c -> {
            if (LOCAL_FORBIDDEN.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.isISOControl(c)) {
                throw badCharacter(shown, c, LinkText.PART_LOCAL);
            }
        });
        checkLength(shown, local, LinkText.PART_LOCAL);
        return local;
    }

    private static String checkDomain(String shown, String raw) {
        if (raw == null || raw.isEmpty()) {
            throw invalid(shown, LocalizedText.of(LinkText.REASON_NO_DOMAIN));
        }
        String domain = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        checkLength(shown, domain, LinkText.PART_DOMAIN);
        if (domain.startsWith("[") && domain.endsWith("]") && isIpv6Literal(domain)) {
            return domain;
        }
        if (domain.isEmpty()) {
            throw invalid(shown, LocalizedText.of(LinkText.REASON_BAD_DOMAIN, raw));
        }
        for (String label : domain.split("\\.", -1)) {
            if (!isHostLabel(label)) {
                throw invalid(shown, LocalizedText.of(LinkText.REASON_BAD_DOMAIN, raw));
            }
        }
        return domain;
    }

    private static boolean isHostLabel(String label) {
        if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        return label.codePoints().allMatch(c -> c == '-' || Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK);
    }

    private static boolean isIpv6Literal(String domain) {
        String inside = domain.substring(1, domain.length() - 1);
        return !inside.isEmpty() && inside.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
    }

    private static String checkResource(String shown, String raw) {
        String resource = Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (resource.isEmpty()) {
            throw invalid(shown, LocalizedText.of(LinkText.REASON_EMPTY));
        }
        resource.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                throw badCharacter(shown, c, LinkText.PART_RESOURCE);
            }
        });
        checkLength(shown, resource, LinkText.PART_RESOURCE);
        return resource;
    }

    private static void checkLength(String shown, String part, LinkText partName) {
        if (part.getBytes(StandardCharsets.UTF_8).length > MAX_PART_BYTES) {
            throw invalid(shown, LocalizedText.of(LinkText.REASON_TOO_LONG, LocalizedText.of(partName)));
        }
    }

    private static TraslocoException badCharacter(String shown, int codePoint, LinkText part) {
        String character = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                ? String.format(Locale.ROOT, "U+%04X", codePoint)
                : new String(Character.toChars(codePoint));
        return invalid(shown, LocalizedText.of(LinkText.REASON_BAD_CHARACTER, character, LocalizedText.of(part)));
    }

    private static TraslocoException invalid(String shown, LocalizedText reason) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, LinkText.ADDRESS_INVALID, shown, reason);
    }
}
