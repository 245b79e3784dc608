package org.trasloco.xmpp.connection;

import java.security.cert.X509Certificate;

/**
 * What one connection attempt saw of the server's TLS: the certificate it presented and why it was
 * refused. Filled by the trust manager and hostname verifier of that attempt, read when an error
 * has to be explained (e.g. to show the fingerprint of an untrusted certificate).
 */
final class TlsObservation {

    private volatile X509Certificate presented;
    private volatile boolean pinMismatch;
    private volatile boolean untrusted;
    private volatile boolean hostnameMismatch;

    void presented(X509Certificate certificate) {
        presented = certificate;
    }

    void pinMismatch() {
        pinMismatch = true;
    }

    void untrusted() {
        untrusted = true;
    }

    void hostnameMismatch() {
        hostnameMismatch = true;
    }

    X509Certificate presented() {
        return presented;
    }

    boolean isPinMismatch() {
        return pinMismatch;
    }

    boolean isUntrusted() {
        return untrusted;
    }

    boolean isHostnameMismatch() {
        return hostnameMismatch;
    }
}
