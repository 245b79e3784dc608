package org.trasloco.core.workspace;

import java.sql.Connection;
import java.util.Objects;

/** The rows of a workspace table that belong to one XMPP account: what its per-account views share. */
abstract class AccountRows {

    /** The workspace, whose lock guards the connection. */
    final Workspace workspace;
    /** The workspace's connection. */
    final Connection connection;
    /** The account, its bare XMPP address. */
    final String account;

    AccountRows(Workspace workspace, Connection connection, String account) {
        this.workspace = workspace;
        this.connection = connection;
        this.account = Objects.requireNonNull(account, "account");
        if (account.isBlank()) {
            throw new IllegalArgumentException("account must not be blank");
        }
    }

    /**
     * The account the rows belong to.
     *
     * @return its bare XMPP address
     */
    public String account() {
        return account;
    }
}
