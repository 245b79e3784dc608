package org.trasloco.invites.links;

import org.trasloco.core.i18n.MessageKey;

/** The texts of the links package ({@code org/trasloco/invites/links/messages*.properties}). */
public enum LinkText implements MessageKey {
    /** Reason: {0} a character that is not allowed, {1} the part it is in. */
    REASON_BAD_CHARACTER("reason.badCharacter"),
    /** Part name: the user name before the @. */
    PART_LOCAL("part.local"),
    /** Part name: the server after the @. */
    PART_DOMAIN("part.domain"),
    /** Part name: the resource after the /. */
    PART_RESOURCE("part.resource"),
    /** Part name: the query after the ?. */
    PART_QUERY("part.query"),
    /** {0} the link as given, {1} the reason: not a valid xmpp: link. */
    URI_INVALID("uri.invalid"),
    /** Reason: the link does not start with xmpp:. */
    REASON_NOT_XMPP("reason.notXmpp"),
    /** Reason: the link names an account to act from (xmpp://…), which is not supported. */
    REASON_AUTHORITY("reason.authority"),
    /** Reason: the link has a #fragment. */
    REASON_FRAGMENT("reason.fragment"),
    /** Reason: {0} a malformed percent escape. */
    REASON_BAD_ESCAPE("reason.badEscape"),
    /** Reason: {0} a query parameter without "=". */
    REASON_BAD_PARAMETER("reason.badParameter"),
    /** {0} the base as given: the landing-page base is not an https address ending in #. */
    LANDING_BASE_INVALID("landing.baseInvalid"),
    /** {0} the token: an invite token must not be empty. */
    TOKEN_EMPTY("token.empty");

    private final String key;

    LinkText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.invites.links.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
