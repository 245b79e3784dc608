package org.trasloco.xmpp.registration;

import java.util.Optional;
import org.trasloco.xmpp.connection.CertificatePin;

/**
 * A new account that works: it was created and logged into.
 *
 * @param jid the address, e.g. {@code anna@example.org}
 * @param inviter for a contact invitation, the inviter's address; else {@code null}
 * @param inviterIsContact whether the inviter is already a mutual contact
 * @param certificate the fingerprint of the certificate the server presented (for a credentials
 *     card, or to pin later), or {@code null}
 */
public record CreatedAccount(String jid, String inviter, boolean inviterIsContact, CertificatePin certificate) {

    /** The inviter, for a contact invitation. */
    public Optional<String> invitedBy() {
        return Optional.ofNullable(inviter);
    }
}
