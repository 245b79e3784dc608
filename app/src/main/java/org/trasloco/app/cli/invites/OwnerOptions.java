package org.trasloco.app.cli.invites;

import org.trasloco.core.address.XmppAddress;
import org.trasloco.invites.people.Inviter;
import picocli.CommandLine.Option;

/** Who invites: {@code --address} and {@code --name}. */
final class OwnerOptions {

    @Option(names = "--address", required = true, paramLabel = "ADDRESS", descriptionKey = "address")
    String address;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "name")
    String name;

    Inviter inviter() {
        return new Inviter(name, XmppAddress.parse(address));
    }
}
