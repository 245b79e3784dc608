package org.trasloco.invites.apps;

import java.util.Optional;

/**
 * The devices the kit names, in the order it lists them. The id in {@code apps.json} is the name
 * in lower case ({@code android}); the label is {@code AppsText.PLATFORM_<NAME>}.
 */
public enum Platform implements CatalogueName {
    /** Android phones and tablets. */
    ANDROID,
    /** iPhone and iPad. */
    IPHONE,
    /** Windows computers. */
    WINDOWS,
    /** Mac computers. */
    MACOS,
    /** Linux computers. */
    LINUX,
    /** Any browser, nothing installed. */
    WEB;

    @Override
    public String labelPrefix() {
        return "PLATFORM_";
    }

    /**
     * The platform with this {@code apps.json} name.
     *
     * @param id e.g. {@code android}
     * @return the platform, if known
     */
    public static Optional<Platform> ofId(String id) {
        return CatalogueName.find(Platform.class, id);
    }
}
