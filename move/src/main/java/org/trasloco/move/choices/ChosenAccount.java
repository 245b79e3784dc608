package org.trasloco.move.choices;

import java.util.Objects;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.login.AccountAddress;

/**
 * The account the history moves to, and how its server is reached: never the password.
 *
 * @param address the account
 * @param server where its server is, and the certificate pinned for a self-signed one
 */
public record ChosenAccount(AccountAddress address, ServerAddress server) {

    /**
     * Checks the components.
     *
     * @param address the account
     * @param server its server
     */
    public ChosenAccount {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(server, "server");
    }

    /**
     * An account on a server found the usual way (DNS), with the standard certificate checks.
     *
     * @param address the account
     * @return the choice
     */
    public static ChosenAccount standard(AccountAddress address) {
        return new ChosenAccount(address, ServerAddress.of(address.domain()));
    }
}
