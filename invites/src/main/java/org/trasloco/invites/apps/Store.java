package org.trasloco.invites.apps;

import java.util.Optional;

/** Where an app is got from. */
public enum Store implements CatalogueName {
    /** Google's store on Android. */
    GOOGLE_PLAY("googlePlay", AppsText.STORE_GOOGLE_PLAY),
    /** The free-software store for Android. */
    FDROID("fdroid", AppsText.STORE_FDROID),
    /** Apple's store. */
    APP_STORE("appStore", AppsText.STORE_APP_STORE),
    /** Microsoft's store on Windows. */
    MICROSOFT_STORE("microsoftStore", AppsText.STORE_MICROSOFT_STORE),
    /** The app store for Linux desktops. */
    FLATHUB("flathub", AppsText.STORE_FLATHUB),
    /** The project's own download page. */
    WEBSITE("website", AppsText.STORE_WEBSITE),
    /** Not installed: opened in the browser. */
    WEB_APP("webApp", AppsText.STORE_WEB_APP);

    private final String id;
    private final AppsText label;

    Store(String id, AppsText label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public AppsText label() {
        return label;
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
