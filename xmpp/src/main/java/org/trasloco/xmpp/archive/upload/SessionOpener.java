package org.trasloco.xmpp.archive.upload;

import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Opens a logged-in session to the user's account, again after each lost connection (e.g.
 * {@code () -> new AccountLogin(connector).open(account, server, password)}).
 */
@FunctionalInterface
public interface SessionOpener {

    /**
     * Opens a session.
     *
     * @return a logged-in session
     * @throws TraslocoException {@code CONNECTION} when the server cannot be reached (the upload
     *     tries again), {@code REFUSED} when the login is refused (the upload stops)
     */
    XmppSession open();
}
