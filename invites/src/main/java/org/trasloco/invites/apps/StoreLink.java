package org.trasloco.invites.apps;

import java.util.Objects;

/**
 * Where to get an app on one platform.
 *
 * @param store the store or site
 * @param url its https address
 */
public record StoreLink(Store store, String url) {

    /**
     * Checks the parts.
     *
     * @param store the store
     * @param url the address
     */
    public StoreLink {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(url, "url");
    }
}
