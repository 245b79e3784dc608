package org.trasloco.importers.contacts;

import org.trasloco.core.i18n.LocalizedText;

/**
 * The result of checking an XMPP address: the address in its normal form, or why it is not one.
 *
 * @param address the normalised address ({@code name@domain}, lower case), or {@code null}
 * @param problem the reason, for the user, or {@code null} when the address is good
 */
public record AddressCheck(String address, LocalizedText problem) {

    /** Whether the address is good. */
    public boolean ok() {
        return problem == null;
    }
}
