package org.trasloco.app.cli.account;

import java.nio.file.Path;

/** Where the providers list and the added servers are kept when {@code --cache} is not given. */
final class CacheDirectory {

    private CacheDirectory() {
    }

    /** {@code $XDG_CACHE_HOME/trasloco}, {@code %LOCALAPPDATA%\Trasloco}, or {@code ~/.cache/trasloco}. */
    static Path standard() {
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

    /** The directory given, or the standard one. */
    static Path orStandard(Path given) {
        return given != null ? given : standard();
    }
}
