package org.trasloco.app.wizard.account;

import java.util.Objects;
import org.trasloco.xmpp.invitation.Invitation;

/**
 * Where a new address would be created: a server the user chose, or the server of an invitation.
 *
 * @param domain the server's domain
 * @param invitation the invitation, or {@code null}
 */
record SignUpTarget(String domain, Invitation invitation) {

    SignUpTarget {
        Objects.requireNonNull(domain, "domain");
    }
}
