package org.trasloco.app.wizard.account;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.trasloco.app.wizard.WizardContext;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.xmpp.connection.CertificatePin;
import org.trasloco.xmpp.connection.ServerAddress;
import org.trasloco.xmpp.password.Password;
import org.trasloco.xmpp.registration.CreatedAccount;

/**
 * What the parts of the account step share: the way the user chose, the servers advised, where to
 * connect (the connection details the user gave, the certificates they confirmed), whether a job
 * runs, and the end of the step: an account that works.
 */
final class AccountFlow {

    private final WizardContext context;
    private final ObjectProperty<AccountWay> way = new SimpleObjectProperty<>(this, "way");
    private final ObjectProperty<ServerList> servers = new SimpleObjectProperty<>(this, "servers");
    private final ObjectProperty<SignUpTarget> target = new SimpleObjectProperty<>(this, "target");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final Map<String, CertificatePin> confirmed = new HashMap<>();
    private String host;
    private int port;
    private CreatedAccount created;
    private boolean generated;
    private String serverInMind;

    AccountFlow(WizardContext context) {
        this.context = context;
    }

    WizardContext context() {
        return context;
    }

    /** The way to an address the user chose. */
    ObjectProperty<AccountWay> way() {
        return way;
    }

    /** The servers advised for this move, once the catalogue was read. */
    ObjectProperty<ServerList> servers() {
        return servers;
    }

    /** Where a new address would be created, once the user chose a server or gave an invitation. */
    ObjectProperty<SignUpTarget> target() {
        return target;
    }

    /** Changes where a new address would be created, if it changes (the parts listen to it). */
    void target(SignUpTarget newTarget) {
        if (newTarget != null) {
            serverInMind = newTarget.domain();
        }
        if (!Objects.equals(target.get(), newTarget)) {
            target.set(newTarget);
        }
    }

    /** Remembers the server the user chose last, even one where this step cannot create the address. */
    void serverInMind(String domain) {
        serverInMind = domain;
    }

    /** The server the user chose last, if any: an address made on its web page is probably there. */
    Optional<String> serverInMind() {
        return Optional.ofNullable(serverInMind);
    }

    /** Whether a job of this step runs (its buttons are disabled meanwhile). */
    BooleanProperty busy() {
        return busy;
    }

    /**
     * Remembers where to connect instead of asking DNS, as the server's people said.
     *
     * @param newHost the host, or {@code null}
     * @param newPort the port, or 0
     */
    void connectionDetails(String newHost, int newPort) {
        this.host = newHost;
        this.port = newPort;
    }

    /** Trusts a certificate the user compared, for its domain, from now on in this step. */
    void confirm(String domain, CertificatePin pin) {
        confirmed.put(domain, pin);
    }

    /**
     * Where a domain's server is reached: the connection details the user gave, and the certificate
     * they confirmed for it.
     *
     * @param domain the domain
     * @return the address
     */
    ServerAddress server(String domain) {
        ServerAddress server = ServerAddress.of(domain);
        if (host != null) {
            server = server.withHost(host);
        }
        if (port > 0) {
            server = server.withPort(port);
        }
        return server.withPin(confirmed.get(server.domain()));
    }

    /** The account known from before, if any. */
    Optional<ChosenAccount> knownAccount() {
        return Optional.ofNullable(context.state().account().get());
    }

    /**
     * Ends the step: the account works with this password (the state owns the password from now on).
     *
     * @param account the account and how its server is reached
     * @param password its password
     * @param created the new account, or {@code null} for one the user had
     * @param generated whether the password was made by Trasloco (so it is shown to write down)
     */
    void finish(ChosenAccount account, Password password, CreatedAccount created, boolean generated) {
        this.created = created;
        this.generated = generated;
        context.state().account().set(account);
        context.state().password().set(password);
    }

    /** The account created in this step, if it was. */
    Optional<CreatedAccount> created() {
        return Optional.ofNullable(created);
    }

    /** Whether the account's password was made by Trasloco in this step. */
    boolean passwordGenerated() {
        return generated;
    }

    /** Starts again: forgets the account in this session (the workspace keeps it until another is chosen). */
    void forget() {
        created = null;
        generated = false;
        context.state().password().set(null);
        context.state().account().set(null);
    }
}
