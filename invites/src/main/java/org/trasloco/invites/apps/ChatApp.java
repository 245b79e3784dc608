package org.trasloco.invites.apps;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One recommended app.
 *
 * @param id a stable id ({@code conversations})
 * @param name its name as the stores show it
 * @param site the project's site
 * @param opensInviteLinks whether it opens {@code xmpp:} invitation links from a QR code or a tap
 * @param descriptions one plain line per language code ({@code en}, {@code it})
 * @param links where to get it, per platform, best first
 */
public record ChatApp(String id, String name, String site, boolean opensInviteLinks, Map<String, String> descriptions,
        Map<Platform, List<StoreLink>> links) {

    /**
     * Checks and copies.
     *
     * @param id the id
     * @param name the name
     * @param site the site
     * @param opensInviteLinks whether it opens invitation links
     * @param descriptions lines per language
     * @param links links per platform
     */
    public ChatApp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(site, "site");
        descriptions = Map.copyOf(descriptions);
        EnumMap<Platform, List<StoreLink>> copy = new EnumMap<>(Platform.class);
        links.forEach((platform, list) -> copy.put(platform, List.copyOf(list)));
        links = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The one line about the app in a language, English when that language has none.
     *
     * @param language the reader's language
     * @return the line
     */
    public String description(Locale language) {
        String line = descriptions.get(language.getLanguage());
        return line != null ? line : descriptions.getOrDefault("en", "");
    }

    /**
     * Where to get the app on a platform.
     *
     * @param platform the platform
     * @return the links, best first; empty when the app is not for that platform
     */
    public List<StoreLink> linksFor(Platform platform) {
        return links.getOrDefault(platform, List.of());
    }
}
