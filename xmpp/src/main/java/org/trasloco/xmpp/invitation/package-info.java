/**
 * Invitations: the three {@code xmpp:} invitation links of XEP-0401 read without any other module
 * ({@code xmpp:example.org?register;preauth=T}, {@code xmpp:name@example.org?register;preauth=T},
 * {@code xmpp:friend@example.org?roster;preauth=T;ibr=y}), the XEP-0445 pre-authentication request
 * that redeems a token before registration, creating invitations through the server's ad-hoc
 * commands, and checking that the inviter became a mutual contact.
 */
package org.trasloco.xmpp.invitation;
