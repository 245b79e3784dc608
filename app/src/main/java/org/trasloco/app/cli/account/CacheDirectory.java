package org.trasloco.app.cli.account;

import java.nio.file.Path;
import org.trasloco.core.workspace.UserCache;

/** Where the providers list and the added servers are kept: {@code --cache}, else the user's cache folder. */
final class CacheDirectory {

    private CacheDirectory() {
    }

    /** The directory given, or the standard one. */
    static Path orStandard(Path given) {
        return given != null ? given : UserCache.standard();
    }
}
