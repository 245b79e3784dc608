package org.trasloco.move.choices;

import java.util.Optional;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.login.AccountAddress;

/**
 * An account and how its server is reached, kept as workspace properties under one name: the
 * address, and the host, port and pinned certificate when they were given (never a password).
 */
final class AccountProperties {

    private final Workspace workspace;
    private final String name;

    AccountProperties(Workspace workspace, String name) {
        this.workspace = workspace;
        this.name = name;
    }

    Optional<ChosenAccount> read() {
        return stored(name).map(AccountAddress::parse).map(address -> {
            ServerAddress server = ServerAddress.of(address.domain());
            Optional<String> host = stored(name + ".host");
            if (host.isPresent()) {
                server = server.withHost(host.get());
            }
            Optional<String> port = stored(name + ".port");
            if (port.isPresent()) {
                server = server.withPort(Integer.parseInt(port.get()));
            }
            Optional<String> pin = stored(name + ".pin");
            if (pin.isPresent()) {
                server = server.withPin(CertificatePin.parse(pin.get()));
            }
            return new ChosenAccount(address, server);
        });
    }

    void write(ChosenAccount account) {
        workspace.setProperty(name, account.address().toString());
        ServerAddress server = account.server();
        workspace.setProperty(name + ".host", server.explicitHost().orElse(""));
        workspace.setProperty(name + ".port", server.port() > 0 ? Integer.toString(server.port()) : "");
        workspace.setProperty(name + ".pin", server.pinned().map(CertificatePin::hex).orElse(""));
    }

    /** A value that is set and not blank (a cleared value is stored as an empty text). */
    private Optional<String> stored(String key) {
        return workspace.property(key).filter(value -> !value.isBlank());
    }
}
