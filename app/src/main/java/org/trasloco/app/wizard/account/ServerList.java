package org.trasloco.app.wizard.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trasloco.move.account.ProviderAdvice;
import org.trasloco.move.account.ProviderAdvice.ProviderOption;

/**
 * The servers advised for this move, read once in the background.
 *
 * @param advice the catalogue and its advice
 * @param options every server, best first for this history
 * @param oldest when the oldest message that moves was written, if anything moves
 */
record ServerList(ProviderAdvice advice, List<ProviderOption> options, Optional<Instant> oldest) {

    ServerList {
        options = List.copyOf(options);
    }
}
