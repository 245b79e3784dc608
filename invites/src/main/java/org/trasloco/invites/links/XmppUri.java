package org.trasloco.invites.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * An {@code xmpp:} URI (RFC 5122) with an optional XEP-0147 query: {@code xmpp:anna@example.org},
 * {@code xmpp:anna@example.org?roster;name=Anna%20Rossi}, {@code xmpp:example.org?register;preauth=T}.
 *
 * <p>{@link #toString()} writes the URI form: every character outside what RFC 5122 lets each
 * component keep literal is percent-encoded as UTF-8 (the local part keeps unreserved characters
 * and {@code !$()*+,;=}, the resource also {@code &':}, query values only unreserved characters).
 * {@link #parse(String)} reads that form and also the IRI form, where non-ASCII characters are
 * written as they are; {@code parse(uri.toString()).equals(uri)} for every URI this class makes.
 *
 * @param jid the address the URI is about
 * @param queryType the XEP-0147 action ({@code roster}, {@code join}, {@code message},
 *     {@code register}, …), or {@code null} for a plain address link
 * @param parameters the {@code ;key=value} pairs of the query, in order
 */
public record XmppUri(Jid jid, String queryType, List<Parameter> parameters) {

    /** The scheme with its colon. */
    public static final String SCHEME = "xmpp:";

    /**
     * One {@code ;key=value} pair of the query.
     *
     * @param key the key, unreserved characters only
     * @param value the value, any text (percent-encoded when written)
     */
    public record Parameter(String key, String value) {

        /**
         * Checks the pair.
         *
         * @param key the key
         * @param value the value
         */
        public Parameter {
            requireUnreserved(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Checks the parts.
     *
     * @param jid the address
     * @param queryType the action, or {@code null}
     * @param parameters the pairs (must be empty without an action)
     */
    public XmppUri {
        Objects.requireNonNull(jid, "jid");
        parameters = List.copyOf(parameters);
        if (queryType != null) {
            requireUnreserved(queryType, "queryType");
        } else if (!parameters.isEmpty()) {
            throw new IllegalArgumentException("parameters need a queryType");
        }
    }

    /**
     * A link to an address without a query.
     *
     * @param jid the address
     * @return the link
     */
    public static XmppUri of(Jid jid) {
        return new XmppUri(jid, null, List.of());
    }

    /**
     * A link with a query.
     *
     * @param jid the address
     * @param queryType the action
     * @param parameters the pairs, in order
     * @return the link
     */
    public static XmppUri of(Jid jid, String queryType, Parameter... parameters) {
        return new XmppUri(jid, Objects.requireNonNull(queryType, "queryType"), List.of(parameters));
    }

    /**
     * The value of the first parameter with this key.
     *
     * @param key the key
     * @return its value, if present
     */
    public Optional<String> parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).map(Parameter::value).findFirst();
    }

    /** The URI without its {@code xmpp:} scheme: what easy-xmpp-invitation pages take after {@code #}. */
    public String schemeSpecificPart() {
        StringBuilder out = new StringBuilder();
        if (jid.local() != null) {
            out.append(UriEncoding.encode(jid.local(), UriEncoding.NODE_ALLOWED)).append('@');
        }
        out.append(jid.domain().startsWith("[") ? jid.domain() : UriEncoding.encode(jid.domain(), UriEncoding.UNRESERVED_ONLY));
        if (jid.resource() != null) {
            out.append('/').append(UriEncoding.encode(jid.resource(), UriEncoding.RESOURCE_ALLOWED));
        }
        if (queryType != null) {
            out.append('?').append(queryType);
            for (Parameter parameter : parameters) {
                out.append(';').append(parameter.key()).append('=')
                        .append(UriEncoding.encode(parameter.value(), UriEncoding.UNRESERVED_ONLY));
            }
        }
        return out.toString();
    }

    /** The URI form, pure ASCII: {@code xmpp:} and {@link #schemeSpecificPart()}. */
    @Override
    public String toString() {
        return SCHEME + schemeSpecificPart();
    }

    /**
     * Parses an {@code xmpp:} URI or IRI. Surrounding spaces are ignored; the scheme is
     * case-insensitive.
     *
     * @param text the link
     * @return the link's parts, decoded and checked
     * @throws TraslocoException ({@code BAD_INPUT}) naming what is wrong
     */
    public static XmppUri parse(String text) {
        Objects.requireNonNull(text, "text");
        String link = text.strip();
        if (!link.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw invalid(text, LocalizedText.of(LinkText.REASON_NOT_XMPP));
        }
        String rest = link.substring(SCHEME.length());
        if (rest.startsWith("//")) {
            throw invalid(text, LocalizedText.of(LinkText.REASON_AUTHORITY));
        }
        if (rest.indexOf('#') >= 0) {
            throw invalid(text, LocalizedText.of(LinkText.REASON_FRAGMENT));
        }
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        String query = question < 0 ? null : rest.substring(question + 1);
        try {
            Jid jid = parsePath(text, path);
            if (query == null) {
                return of(jid);
            }
            return parseQuery(text, jid, query);
        } catch (UriEncoding.BadEscape e) {
            throw invalid(text, LocalizedText.of(LinkText.REASON_BAD_ESCAPE, e.escape));
        } catch (TraslocoException e) {
            // An address error names the decoded address; the user gave a link, so name that.
            if (e.text().key() == LinkText.ADDRESS_INVALID && e.text().args().get(1) instanceof LocalizedText reason) {
                throw invalid(text, reason);
            }
            throw e;
        }
    }

    private static Jid parsePath(String text, String path) throws UriEncoding.BadEscape {
        JidParts parts = JidParts.split(path);
        String local = parts.local();
        String domain = parts.domain();
        String resource = parts.resource();
        if (local != null) {
            requireLiteral(text, local, UriEncoding.NODE_ALLOWED, LinkText.PART_LOCAL);
        }
        if (!(domain.startsWith("[") && domain.endsWith("]"))) {
            requireLiteral(text, domain, UriEncoding.UNRESERVED_ONLY, LinkText.PART_DOMAIN);
        }
        if (resource != null) {
            requireLiteral(text, resource, UriEncoding.RESOURCE_ALLOWED + "/@", LinkText.PART_RESOURCE);
        }
        return new Jid(local == null ? null : UriEncoding.decode(local), UriEncoding.decode(domain),
                resource == null ? null : UriEncoding.decode(resource));
    }

    private static XmppUri parseQuery(String text, Jid jid, String query) throws UriEncoding.BadEscape {
        String[] pieces = query.split(";", -1);
        String type = pieces[0];
        requireLiteral(text, type, UriEncoding.UNRESERVED_ONLY, LinkText.PART_QUERY);
        // A query type is an ASCII action name (roster, join…): non-ASCII is no IRI form of one.
        if (type.isEmpty() || !type.chars().allMatch(UriEncoding::isUnreserved)) {
            throw invalid(text, LocalizedText.of(LinkText.REASON_BAD_PARAMETER, query));
        }
        List<Parameter> parameters = new ArrayList<>(pieces.length - 1);
        for (int i = 1; i < pieces.length; i++) {
            String pair = pieces[i];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw invalid(text, LocalizedText.of(LinkText.REASON_BAD_PARAMETER, pair));
            }
            String key = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            if (!key.chars().allMatch(UriEncoding::isUnreserved)) {
                throw invalid(text, LocalizedText.of(LinkText.REASON_BAD_PARAMETER, pair));
            }
            requireLiteral(text, value, UriEncoding.UNRESERVED_ONLY, LinkText.PART_QUERY);
            parameters.add(new Parameter(key, UriEncoding.decode(value)));
        }
        return new XmppUri(jid, type, parameters);
    }

    /** Refuses ASCII characters the component may not hold literally (non-ASCII is the IRI form). */
    private static void requireLiteral(String text, String component, String allowed, LinkText part) {
        component.codePoints().forEach(c -> {
            boolean ok = c >= 0x80 && !Character.isISOControl(c) && !Character.isSpaceChar(c)
                    || c < 0x80 && (UriEncoding.isUnreserved(c) || c == '%' || allowed.indexOf(c) >= 0);
            if (!ok) {
                String shown = c <= ' ' || Character.isSpaceChar(c) ? String.format(Locale.ROOT, "U+%04X", c)
                        : new String(Character.toChars(c));
                throw invalid(text, LocalizedText.of(LinkText.REASON_BAD_CHARACTER, shown, LocalizedText.of(part)));
            }
        });
    }

    private static void requireUnreserved(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || !value.chars().allMatch(UriEncoding::isUnreserved)) {
            throw new IllegalArgumentException(name + " must be unreserved URI characters: " + value);
        }
    }

    private static TraslocoException invalid(String text, LocalizedText reason) {
        return new TraslocoException(TraslocoException.Kind.BAD_INPUT, LinkText.URI_INVALID, text, reason);
    }
}
