package org.trasloco.xmpp.invitation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jxmpp.jid.parts.Localpart;
import org.jxmpp.stringprep.XmppStringprepException;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.XmppMessages;
import org.trasloco.xmpp.connection.ServerAddress;

/**
 * Reads invitation links (RFC 5122 {@code xmpp:} URIs with the XEP-0401 actions). Accepts the link
 * as people paste it: surrounding spaces, an upper-case scheme, percent-encoded parts, or a web
 * landing link whose fragment carries the {@code xmpp:} link.
 */
public final class InvitationUri {

    private InvitationUri() {
    }

    /**
     * Reads a link.
     *
     * @param text the link as given
     * @return the invitation
     * @throws TraslocoException of kind {@code USAGE} when the text is not an invitation link
     */
    public static Invitation parse(String text) {
        Objects.requireNonNull(text, "text");
        String given = text.strip();
        String uri = extractXmppUri(given);
        if (uri == null) {
            throw unreadable(given);
        }
        String body = uri.substring("xmpp:".length());
        int question = body.indexOf('?');
        if (question < 0) {
            throw unreadable(given);
        }
        String address = decode(body.substring(0, question));
        // -1 keeps empty parts, so a query of semicolons alone is an empty action, not an empty array.
        String[] query = body.substring(question + 1).split(";", -1);
        String action = query[0].toLowerCase(Locale.ROOT);
        Map<String, String> parameters = new HashMap<>();
        for (int i = 1; i < query.length; i++) {
            int equals = query[i].indexOf('=');
            if (equals > 0) {
                parameters.put(query[i].substring(0, equals).toLowerCase(Locale.ROOT), decode(query[i].substring(equals + 1)));
            }
        }
        String token = parameters.get("preauth");
        if (token == null || token.isBlank() || address.isBlank() || address.startsWith("//")) {
            throw unreadable(given);
        }
        int at = address.indexOf('@');
        String localpart = at < 0 ? null : address.substring(0, at);
        String domain = at < 0 ? address : address.substring(at + 1);
        int slash = domain.indexOf('/');
        if (slash >= 0) {
            domain = domain.substring(0, slash);
        }
        domain = checkedDomain(domain, given);
        localpart = localpart == null ? null : checkedLocalpart(localpart, given);
        return switch (action) {
            case "register" -> new Invitation(localpart == null ? Invitation.Kind.ACCOUNT : Invitation.Kind.NAMED_ACCOUNT,
                    domain, localpart, token, true, given);
            case "roster" -> {
                if (localpart == null) {
                    throw unreadable(given);
                }
                boolean ibr = "y".equalsIgnoreCase(parameters.get("ibr")) || "yes".equalsIgnoreCase(parameters.get("ibr"));
                yield new Invitation(Invitation.Kind.CONTACT, domain, localpart, token, ibr, given);
            }
            default -> throw unreadable(given);
        };
    }

    /** The {@code xmpp:} link in what was pasted: the text itself, or a landing link's fragment. */
    private static String extractXmppUri(String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        int start = lower.indexOf("xmpp:");
        if (start >= 0) {
            return "xmpp:" + given.substring(start + "xmpp:".length());
        }
        int hash = given.indexOf('#');
        if ((lower.startsWith("https://") || lower.startsWith("http://")) && hash > 0) {
            String fragment = given.substring(hash + 1);
            if (fragment.contains("?") && fragment.toLowerCase(Locale.ROOT).contains("preauth=")) {
                return "xmpp:" + fragment;
            }
        }
        return null;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return part;
        }
    }

    private static String checkedDomain(String domain, String given) {
        try {
            return ServerAddress.of(domain).domain();
        } catch (TraslocoException e) {
            throw unreadable(given);
        }
    }

    private static String checkedLocalpart(String localpart, String given) {
        try {
            return Localpart.from(localpart).toString();
        } catch (XmppStringprepException | IllegalArgumentException e) {
            throw unreadable(given);
        }
    }

    private static TraslocoException unreadable(String given) {
        String shown = given.length() > 80 ? given.substring(0, 77) + "…" : given;
        return new TraslocoException(TraslocoException.Kind.USAGE, XmppMessages.INVITE_UNREADABLE, shown);
    }
}
