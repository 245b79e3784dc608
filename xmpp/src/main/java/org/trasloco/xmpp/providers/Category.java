package org.trasloco.xmpp.providers;

/** The XMPP Providers categories: how suitable a provider is for signing up from an app. */
public enum Category {
    /** Sign-up from the app, free of charge, well run. */
    A,
    /** Sign-up may need a web page or payment; otherwise good. */
    B,
    /** Average. */
    C,
    /** Not offered for sign-up (known for address completion only). */
    D,
    /** Not rated (community servers, servers added by hand). */
    UNRATED;

    static Category of(String text) {
        if (text == null) {
            return UNRATED;
        }
        return switch (text.strip()) {
            case "A" -> A;
            case "B" -> B;
            case "C" -> C;
            case "D" -> D;
            default -> UNRATED;
        };
    }
}
