package org.trasloco.invites.apps;

import java.util.List;
import java.util.Objects;

/**
 * An app recommended for one platform, with where to get it there.
 *
 * @param app the app
 * @param platform the platform
 * @param links where to get it, best first; never empty
 */
public record AppChoice(ChatApp app, Platform platform, List<StoreLink> links) {

    /**
     * Checks and copies.
     *
     * @param app the app
     * @param platform the platform
     * @param links the links
     */
    public AppChoice {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(platform, "platform");
        links = List.copyOf(links);
        if (links.isEmpty()) {
            throw new IllegalArgumentException(app.id() + " has no link for " + platform);
        }
    }

    /** The link the kit's QR code opens. */
    public StoreLink primary() {
        return links.get(0);
    }
}
