package org.trasloco.invites.apps;

import org.trasloco.core.i18n.MessageKey;

/** Names of platforms and stores ({@code org/trasloco/invites/apps/messages*.properties}). */
public enum AppsText implements MessageKey {
    PLATFORM_ANDROID("platform.android"),
    PLATFORM_IPHONE("platform.iphone"),
    PLATFORM_WINDOWS("platform.windows"),
    PLATFORM_MACOS("platform.macos"),
    PLATFORM_LINUX("platform.linux"),
    PLATFORM_WEB("platform.web"),
    STORE_GOOGLE_PLAY("store.googlePlay"),
    STORE_FDROID("store.fdroid"),
    STORE_APP_STORE("store.appStore"),
    STORE_MICROSOFT_STORE("store.microsoftStore"),
    STORE_FLATHUB("store.flathub"),
    STORE_WEBSITE("store.website"),
    STORE_WEB_APP("store.webApp"),
    /** {0} the server: the one line about a server's own web chat. */
    WEB_CHAT_DESCRIPTION("webChat.description"),
    /** {0} where the catalogue came from, {1} what is wrong. */
    CATALOGUE_INVALID("catalogue.invalid");

    private final String key;

    AppsText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.invites.apps.messages";
    }

    @Override
    public String key() {
        return key;
    }
}
