package org.trasloco.invites.links;

/**
 * An address cut at its first {@code /} (the resource follows) and then at the first {@code @}
 * before it (the local part precedes), as RFC 7622 reads {@code local@domain/resource}. The parts
 * are raw: the caller decodes and checks them.
 *
 * @param local the part before the {@code @}, or {@code null}
 * @param domain the part between the {@code @} and the {@code /}
 * @param resource the part after the {@code /}, or {@code null}
 */
record JidParts(String local, String domain, String resource) {

    static JidParts split(String address) {
        int slash = address.indexOf('/');
        String bare = slash < 0 ? address : address.substring(0, slash);
        String resource = slash < 0 ? null : address.substring(slash + 1);
        int at = bare.indexOf('@');
        return new JidParts(at < 0 ? null : bare.substring(0, at), at < 0 ? bare : bare.substring(at + 1), resource);
    }
}
