package org.trasloco.core.contacts;

import java.util.Locale;

/** What happens to a contact when the user moves to XMPP. */
public enum Decision {
    /** Not decided yet. */
    UNDECIDED,
    /** Already on XMPP at a known address. */
    KNOWN,
    /** To be invited. */
    INVITE,
    /** Left out. */
    SKIP,
    /** The user themself. */
    ME;

    /** The lower-case name used in files and the CLI. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a lower- or upper-case name.
     *
     * @param id e.g. {@code invite}
     * @return the decision
     * @throws IllegalArgumentException for an unknown name
     */
    public static Decision ofId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
