package org.trasloco.app.cli.account;

import java.nio.file.Path;
import org.trasloco.core.workspace.UserCache;

/** Where the providers list and the added servers are kept when {@code --cache} is not given. */
final class CacheDirectory {

    private CacheDirectory() {
    }

    /** {@code $XDG_CACHE_HOME/trasloco}, {@code %LOCALAPPDATA%\Trasloco}, or {@code ~/.cache/trasloco}. */
    static Path standard() {
        return UserCache.standard();
    }

    /** The directory given, or the standard one. */
    static Path orStandard(Path given) {
        return given != null ? given : standard();
    }
}
