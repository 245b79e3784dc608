package org.trasloco.xmpp.invitation;

import java.util.Objects;
import java.util.Optional;

/**
 * An invitation link, read.
 *
 * @param kind what the invitation is for
 * @param domain the server the account will be on
 * @param localpart for {@link Kind#NAMED_ACCOUNT} the name the account must have, for
 *     {@link Kind#CONTACT} the inviter's name; {@code null} for {@link Kind#ACCOUNT}
 * @param token the pre-authentication token
 * @param allowsRegistration whether an account may be created with it ({@code ibr=y} on contact
 *     invitations; always for account invitations)
 * @param uri the link as given
 */
public record Invitation(Kind kind, String domain, String localpart, String token, boolean allowsRegistration,
        String uri) {

    /** What an invitation is for. */
    public enum Kind {
        /** {@code xmpp:example.org?register;preauth=T}: an account with a name of your choice. */
        ACCOUNT,
        /** {@code xmpp:name@example.org?register;preauth=T}: an account with this name. */
        NAMED_ACCOUNT,
        /** {@code xmpp:friend@example.org?roster;preauth=T[;ibr=y]}: become the inviter's contact. */
        CONTACT
    }

    /**
     * Checks the values.
     *
     * @param kind the kind
     * @param domain the server
     * @param localpart the name, or {@code null} for a plain account invitation
     * @param token the token
     * @param allowsRegistration whether an account may be created
     * @param uri the link
     */
    public Invitation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(uri, "uri");
        if ((kind == Kind.ACCOUNT) != (localpart == null)) {
            throw new IllegalArgumentException("only a plain account invitation has no localpart");
        }
    }

    /** The name the new account must have, for a named account invitation. */
    public Optional<String> requiredName() {
        return kind == Kind.NAMED_ACCOUNT ? Optional.of(localpart) : Optional.empty();
    }

    /** The inviter's address, for a contact invitation. */
    public Optional<String> inviter() {
        return kind == Kind.CONTACT ? Optional.of(localpart + "@" + domain) : Optional.empty();
    }

    /** The link without its token, for messages and logs. */
    @Override
    public String toString() {
        return "Invitation[" + kind + " " + (localpart == null ? "" : localpart + "@") + domain + "]";
    }
}
