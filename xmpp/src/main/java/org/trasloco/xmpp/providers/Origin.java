package org.trasloco.xmpp.providers;

/** Where a catalogue entry comes from. */
public enum Origin {
    /** The providers list (bundled, or downloaded from XMPP Providers). */
    PROVIDERS_LIST,
    /** A community server bundled with Trasloco (people who run it for their community). */
    COMMUNITY,
    /** A server the user added by its domain. */
    CUSTOM
}
