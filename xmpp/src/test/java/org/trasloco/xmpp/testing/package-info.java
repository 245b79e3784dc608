/**
 * Real XMPP servers for tests: {@link org.trasloco.xmpp.testing.ProsodyExtension} and
 * {@link org.trasloco.xmpp.testing.EjabberdExtension} start one per test class on 127.0.0.1 (free
 * ports, a temporary directory, a self-signed certificate the tests pin), and
 * {@link org.trasloco.xmpp.testing.TestServer} is what test bodies shared by both use. Shared with
 * other modules' tests through the xmpp test jar.
 */
package org.trasloco.xmpp.testing;
