package org.trasloco.invites.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.error.TraslocoException;

/**
 * Turns {@code xmpp:} links into https landing links, the way easy-xmpp-invitation pages expect
 * them: the page's address followed by the link without its {@code xmpp:} scheme, e.g.
 * {@code https://xmpp.link/#anna@example.org?roster;name=Anna}. A server that gives its own
 * landing page for an invitation (XEP-0401 {@code landing-url}, Prosody's {@code mod_invites_page})
 * wins over the base.
 */
public final class LandingLinks {

    /** The public easy-xmpp-invitation page, used unless another base is configured. */
    public static final String DEFAULT_BASE = "https://xmpp.link/#";

    private final String base;

    private LandingLinks(String base) {
        this.base = base;
    }

    /** Landing links on {@link #DEFAULT_BASE}. */
    public static LandingLinks standard() {
        return new LandingLinks(DEFAULT_BASE);
    }

    /**
     * Landing links on another easy-xmpp-invitation page, e.g. one a privacy café hosts.
     *
     * @param base an absolute https address ending in {@code #}
     * @return the landing links
     * @throws TraslocoException ({@code BAD_INPUT}) when the base is not such an address
     */
    public static LandingLinks withBase(String base) {
        Objects.requireNonNull(base, "base");
        String trimmed = base.strip();
        if (!trimmed.endsWith("#") || !isHttps(trimmed.substring(0, trimmed.length() - 1))) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, LinkText.LANDING_BASE_INVALID, base);
        }
        return new LandingLinks(trimmed);
    }

    /** The page address this instance builds on, ending in {@code #}. */
    public String base() {
        return base;
    }

    /**
     * The landing link for an {@code xmpp:} link on this instance's page.
     *
     * @param uri the link
     * @return base + the link without its scheme
     */
    public String landing(XmppUri uri) {
        return base + uri.schemeSpecificPart();
    }

    /**
     * The invitation for a link: the server's own landing page when it gave one, else this page.
     *
     * @param uri the {@code xmpp:} link
     * @param serverLanding the server's landing page for this very invitation, or {@code null}
     * @return the invitation
     */
    public InviteLink invite(XmppUri uri, String serverLanding) {
        if (serverLanding != null && !serverLanding.isBlank()) {
            return new InviteLink(uri, serverLanding.strip());
        }
        return new InviteLink(uri, landing(uri));
    }

    /**
     * Reads an {@code xmpp:} link back out of a landing link on this instance's page.
     *
     * @param landing a landing link
     * @return the link, or empty when {@code landing} is not on this page
     * @throws TraslocoException ({@code BAD_INPUT}) when it is on this page but holds no valid link
     */
    public Optional<XmppUri> parse(String landing) {
        String text = landing.strip();
        if (!text.startsWith(base)) {
            return Optional.empty();
        }
        return Optional.of(XmppUri.parse(XmppUri.SCHEME + text.substring(base.length())));
    }

    private static boolean isHttps(String address) {
        try {
            URI uri = new URI(address);
            return "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
