package org.trasloco.xmpp.connection;

import java.util.Objects;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * A server presented a certificate that the system does not trust: no certificate authority vouches
 * for it (a community server that made its own), or it names another server. The connection was
 * refused before anything was sent.
 *
 * <p>Unlike other connection failures this one can be resolved by the user: the fingerprint the
 * server presented ({@link #presented()}) can be compared with the one the server's people publish
 * (on their web site, on a printed sheet, by phone). When they match, the user may trust exactly
 * that certificate with {@link ServerAddress#withPin(CertificatePin)} and connect again.
 */
public final class UntrustedCertificateException extends TraslocoException {

    private static final long serialVersionUID = 1L;

    /** Why the certificate was not trusted. */
    public enum Problem {
        /** No certificate authority the system knows vouches for it (typically self-signed). */
        UNKNOWN_ISSUER,
        /** It was issued for another name than the server's domain. */
        OTHER_NAME
    }

    private final transient CertificatePin presented;
    private final String domain;
    private final Problem problem;

    /**
     * Creates the exception.
     *
     * @param problem why the certificate was refused
     * @param domain the XMPP domain that was asked for
     * @param presented the fingerprint of the certificate the server presented
     * @param text the message for the user (it names the domain and shows the fingerprint)
     * @param cause the technical cause, or {@code null}
     */
    public UntrustedCertificateException(Problem problem, String domain, CertificatePin presented, LocalizedText text,
            Throwable cause) {
        super(Kind.CONNECTION, text, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.presented = Objects.requireNonNull(presented, "presented");
    }

    /** Why the certificate was refused. */
    public Problem problem() {
        return problem;
    }

    /** The XMPP domain that was asked for. */
    public String domain() {
        return domain;
    }

    /** The fingerprint of the certificate the server presented: what the user compares and may pin. */
    public CertificatePin presented() {
        return presented;
    }
}
