package org.trasloco.xmpp.connection;

/** How TLS starts on a connection; plaintext is never an option. */
public enum Transport {
    /** A plain TCP connection that is upgraded with STARTTLS before anything else is said (RFC 6120). */
    STARTTLS,
    /** TLS from the first byte (XEP-0368), usually on port 5223 or 443. */
    DIRECT_TLS
}
