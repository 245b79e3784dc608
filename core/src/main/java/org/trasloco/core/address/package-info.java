/**
 * XMPP addresses ({@code local@domain/resource}, RFC 7622): one type,
 * {@link org.trasloco.core.address.XmppAddress}, that every module checks and writes addresses with —
 * a person's address typed in the people step, the user's account, an invitation's target, a group
 * chat's room — so that no two parts of Trasloco can disagree about the same address.
 */
package org.trasloco.core.address;
