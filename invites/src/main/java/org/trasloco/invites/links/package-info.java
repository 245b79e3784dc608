/**
 * XMPP addresses and links: {@link org.trasloco.invites.links.XmppAddress} (an address),
 * {@link org.trasloco.invites.links.XmppUri} (an {@code xmpp:} URI, built and parsed with the
 * percent-encoding of RFC 5122), {@link org.trasloco.invites.links.InviteLinks} (the forms of
 * XEP-0147, XEP-0379 and XEP-0401) and {@link org.trasloco.invites.links.LandingLinks} (the https
 * link a QR code carries, because a phone camera opens https links and not {@code xmpp:} ones).
 */
package org.trasloco.invites.links;

import org.trasloco.core.address.XmppAddress;
