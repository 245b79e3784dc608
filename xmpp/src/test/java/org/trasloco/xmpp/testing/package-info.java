/**
 * A real Prosody for tests: {@link org.trasloco.xmpp.testing.ProsodyExtension} starts one per test
 * class on 127.0.0.1 (free ports, a temporary directory, a self-signed certificate the tests pin) and
 * {@link org.trasloco.xmpp.testing.TestProsody} offers helpers: register users, create invitations,
 * open or close registration. Shared with other modules' tests through the xmpp test jar.
 */
package org.trasloco.xmpp.testing;
