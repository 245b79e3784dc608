package org.trasloco.invites.links;

import java.util.Objects;

/**
 * An invitation as it is printed and shared: the {@code xmpp:} link an XMPP app opens, and the
 * https landing link a QR code carries (a phone camera opens it in the browser, which explains what
 * to install and then hands the {@code xmpp:} link to the app).
 *
 * @param uri the {@code xmpp:} link
 * @param landing the https landing link
 */
public record InviteLink(XmppUri uri, String landing) {

    /**
     * Checks the parts.
     *
     * @param uri the {@code xmpp:} link
     * @param landing the https landing link
     */
    public InviteLink {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(landing, "landing");
    }
}
