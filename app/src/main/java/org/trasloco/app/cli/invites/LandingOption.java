package org.trasloco.app.cli.invites;

import org.trasloco.invites.links.LandingLinks;
import picocli.CommandLine.Option;

/** {@code --landing-base URL}: the easy-xmpp-invitation page QR codes and share texts point to. */
final class LandingOption {

    @Option(names = "--landing-base", paramLabel = "URL", descriptionKey = "landingBase")
    String landingBase;

    LandingLinks landing() {
        return landingBase == null ? LandingLinks.standard() : LandingLinks.withBase(landingBase);
    }
}
