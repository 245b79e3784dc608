/**
 * Who the people of the history are on XMPP: {@link org.trasloco.xmpp.archive.people.Correspondents}
 * answers, per participant of a conversation, "the user", "this address" or "unknown"; unknown
 * people get a stable placeholder under the reserved {@code .invalid} domain
 * ({@link org.trasloco.xmpp.archive.people.PlaceholderAddress}). The people step (the workspace's
 * contacts) plugs in behind the same interface.
 */
package org.trasloco.xmpp.archive.people;
