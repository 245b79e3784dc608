package org.trasloco.core.workspace;

import java.nio.file.Path;

/**
 * Where Trasloco keeps what it can make again (the providers list, the database's native library):
 * the system property {@code trasloco.cache} when set, else {@code $XDG_CACHE_HOME/trasloco},
 * {@code %LOCALAPPDATA%\Trasloco}, or {@code ~/.cache/trasloco}.
 */
public final class UserCache {

    /** The system property that moves the cache (tests, portable installs). */
    public static final String PROPERTY = "trasloco.cache";

    private UserCache() {
    }

    /**
     * The cache folder; it may not exist yet.
     *
     * @return its path
     */
    public static Path standard() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "trasloco");
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null && !local.isBlank()) {
            return Path.of(local, "Trasloco");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "trasloco");
    }
}
