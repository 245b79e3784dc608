package org.trasloco.xmpp.testing;

import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.login.AccountAddress;
import org.trasloco.xmpp.login.AccountLogin;
import org.trasloco.xmpp.password.Password;

/**
 * A test account on a test server, able to open logged-in sessions (again and again, as an upload
 * does after a lost connection).
 *
 * @param server the server
 * @param jid the bare address
 * @param password the password
 */
public record ArchiveAccount(TestServer server, String jid, String password) {

    /**
     * Registers a new account with a unique name.
     *
     * @param server the server
     * @param prefix a readable start of the name
     * @return the account
     */
    public static ArchiveAccount register(TestServer server, String prefix) {
        String name = TestAccounts.uniqueName(prefix);
        server.registerUser(name, "secret-" + name);
        return new ArchiveAccount(server, name + "@" + server.domain(), "secret-" + name);
    }

    /** A new logged-in session. */
    public XmppSession open() {
        return new AccountLogin(TestAccounts.connector()).open(AccountAddress.parse(jid), server.address(),
                Password.of(password));
    }
}
