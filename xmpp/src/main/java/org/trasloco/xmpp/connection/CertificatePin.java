package org.trasloco.xmpp.connection;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.XmppMessages;

/**
 * The SHA-256 fingerprint of a server certificate that the user trusts although no certificate
 * authority vouches for it (a community server with its own certificate). A pinned connection
 * accepts exactly that certificate and nothing else.
 *
 * @param hex the 64 lowercase hexadecimal digits of the fingerprint, without separators
 */
public record CertificatePin(String hex) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the fingerprint.
     *
     * @param hex the 64 lowercase hexadecimal digits
     */
    public CertificatePin {
        Objects.requireNonNull(hex, "hex");
        if (!HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException("hex must be 64 lowercase hexadecimal digits");
        }
    }

    /**
     * Reads a fingerprint as people write it: hexadecimal, colons (or spaces) optional, any case,
     * optionally prefixed with {@code sha256:} or {@code SHA256 Fingerprint=} as tools print it.
     *
     * @param text the fingerprint as typed
     * @return the pin
     * @throws TraslocoException of kind {@code USAGE} when the text is not a SHA-256 fingerprint
     */
    public static CertificatePin parse(String text) {
        Objects.requireNonNull(text, "text");
        String cleaned = text.strip().toLowerCase(Locale.ROOT);
        int equals = cleaned.lastIndexOf('=');
        if (equals >= 0) {
            cleaned = cleaned.substring(equals + 1);
        }
        if (cleaned.startsWith("sha256:")) {
            cleaned = cleaned.substring("sha256:".length());
        }
        cleaned = cleaned.replaceAll("[:\\s-]", "");
        if (!HEX64.matcher(cleaned).matches()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, XmppMessages.PIN_INVALID, text.strip());
        }
        return new CertificatePin(cleaned);
    }

    /**
     * The pin of a certificate.
     *
     * @param certificate the certificate
     * @return the SHA-256 of its DER encoding
     */
    public static CertificatePin of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new CertificatePin(HexFormat.of().formatHex(digest));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /**
     * Whether a certificate has this fingerprint.
     *
     * @param certificate the certificate the server presented
     * @return {@code true} when it is the pinned one
     */
    public boolean matches(X509Certificate certificate) {
        return equals(of(certificate));
    }

    /** The fingerprint as most tools show it: uppercase pairs separated by colons. */
    public String display() {
        StringBuilder out = new StringBuilder(95);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return display();
    }
}
