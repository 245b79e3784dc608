/**
 * The archive-import protocol of {@code docs/protocol/archive-import.md} on the client side: the
 * namespace, discovery of the server's limits ({@link org.trasloco.xmpp.archive.protocol.ImportLimits}),
 * the import request and its result, and the XML of one archived message shared with the operator
 * file. Implemented by {@code server/prosody/mod_archive_import.lua}.
 */
package org.trasloco.xmpp.archive.protocol;
