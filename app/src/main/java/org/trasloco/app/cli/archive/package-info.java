/**
 * {@code trasloco upload}, {@code trasloco verify} and {@code trasloco export-pie}: the history into
 * the user's XMPP archive (DESIGN §5) from the command line, over the engine in
 * {@code org.trasloco.xmpp.archive}.
 */
package org.trasloco.app.cli.archive;
