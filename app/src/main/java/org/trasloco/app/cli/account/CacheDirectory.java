package org.trasloco.app.cli.account;

import java.nio.file.Path;
import org.trasloco.move.account.ProviderAdvice;

/** Where the providers list and the added servers are kept: {@code --cache}, else the standard folder. */
final class CacheDirectory {

    private CacheDirectory() {
    }

    /** The directory given, or the standard one. */
    static Path orStandard(Path given) {
        return given != null ? given : ProviderAdvice.standardCache();
    }
}
