package org.trasloco.invites.apps;

import java.util.Optional;

/**
 * Where an app is got from. The id in {@code apps.json} is the name in lower camel case
 * ({@code googlePlay}); the label is {@code AppsText.STORE_<NAME>}.
 */
public enum Store implements CatalogueName {
    /** Google's store on Android. */
    GOOGLE_PLAY,
    /** The free-software store for Android. */
    FDROID,
    /** Apple's store. */
    APP_STORE,
    /** Microsoft's store on Windows. */
    MICROSOFT_STORE,
    /** The app store for Linux desktops. */
    FLATHUB,
    /** The project's own download page. */
    WEBSITE,
    /** Not installed: opened in the browser. */
    WEB_APP;

    @Override
    public String labelPrefix() {
        return "STORE_";
    }

    /**
     * The store with this {@code apps.json} name.
     *
     * @param id e.g. {@code fdroid}
     * @return the store, if known
     */
    public static Optional<Store> ofId(String id) {
        return CatalogueName.find(Store.class, id);
    }
}
