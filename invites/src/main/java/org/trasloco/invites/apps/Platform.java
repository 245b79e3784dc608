package org.trasloco.invites.apps;

import java.util.Optional;

/** The devices the kit names, in the order it lists them. */
public enum Platform implements CatalogueName {
    /** Android phones and tablets. */
    ANDROID("android", AppsText.PLATFORM_ANDROID),
    /** iPhone and iPad. */
    IPHONE("iphone", AppsText.PLATFORM_IPHONE),
    /** Windows computers. */
    WINDOWS("windows", AppsText.PLATFORM_WINDOWS),
    /** Mac computers. */
    MACOS("macos", AppsText.PLATFORM_MACOS),
    /** Linux computers. */
    LINUX("linux", AppsText.PLATFORM_LINUX),
    /** Any browser, nothing installed. */
    WEB("web", AppsText.PLATFORM_WEB);

    private final String id;
    private final AppsText label;

    Platform(String id, AppsText label) {
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
     * The platform with this {@code apps.json} name.
     *
     * @param id e.g. {@code android}
     * @return the platform, if known
     */
    public static Optional<Platform> ofId(String id) {
        return CatalogueName.find(Platform.class, id);
    }
}
