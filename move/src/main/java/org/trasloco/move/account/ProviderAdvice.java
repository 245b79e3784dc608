package org.trasloco.move.account;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.workspace.UserCache;
import org.trasloco.xmpp.providers.CatalogueStore;
import org.trasloco.xmpp.providers.Origin;
import org.trasloco.xmpp.providers.Provider;
import org.trasloco.xmpp.providers.ProviderCatalogue;
import org.trasloco.xmpp.providers.Retention;

/**
 * Where a new address can live, ordered for this move: the community's own servers first (the
 * bundled ones and those the user added), then the servers that keep an archive at least as long as
 * the history is old and let the app create the account, then the rest. Each comes with the facts
 * that matter for a move.
 */
public final class ProviderAdvice {

    private final ProviderCatalogue catalogue;

    /**
     * Advice from a catalogue.
     *
     * @param catalogue the known servers
     */
    public ProviderAdvice(ProviderCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * The catalogue kept in a folder (the bundled list, or the last one downloaded, and the added servers).
     *
     * @param cache the folder, e.g. {@link #standardCache()}
     * @return the advice
     */
    public static ProviderAdvice from(Path cache) {
        return new ProviderAdvice(new CatalogueStore(cache).load());
    }

    /**
     * Where the providers list and the added servers are kept: the user's cache folder.
     *
     * @return the folder
     */
    public static Path standardCache() {
        return UserCache.standard();
    }

    /** The catalogue advised from. */
    public ProviderCatalogue catalogue() {
        return catalogue;
    }

    /**
     * The servers, best first for a history whose oldest message is from {@code oldest}.
     *
     * @param oldest the oldest message that moves, if any
     * @param now the present
     * @return every server with its facts for this move
     */
    public List<ProviderOption> forHistory(Optional<Instant> oldest, Instant now) {
        long ageDays = oldest.map(first -> Math.max(0, Duration.between(first, now).toDays())).orElse(0L);
        return catalogue.providers().stream().map(provider -> ProviderOption.of(provider, ageDays))
                .sorted(Comparator.comparingInt(ProviderOption::rank)).toList();
    }

    /**
     * One server and what it means for this move.
     *
     * @param provider the server and its facts
     * @param community whether it is the community's own (bundled as such, or added by the user)
     * @param keepsHistory whether its archive is known to keep messages at least as long as the
     *     history is old; {@code null} when unknown
     * @param historyAgeDays the age of the oldest message that moves, in days
     */
    public record ProviderOption(Provider provider, boolean community, Boolean keepsHistory, long historyAgeDays) {

        static ProviderOption of(Provider provider, long ageDays) {
            boolean community = provider.origin() == Origin.COMMUNITY || provider.origin() == Origin.CUSTOM;
            Retention archive = provider.archive();
            Boolean keeps = archive.kind() == Retention.Kind.UNKNOWN ? null : archive.atLeast((int) Math.min(ageDays,
                    Integer.MAX_VALUE));
            return new ProviderOption(provider, community, keeps, ageDays);
        }

        /** Whether the app can create the account there (in-band registration). */
        public boolean signsUpInApp() {
            return provider.signsUpInApp();
        }

        /** Lower is shown first. */
        int rank() {
            if (community) {
                return 0;
            }
            boolean keeps = Boolean.TRUE.equals(keepsHistory);
            if (keeps && signsUpInApp()) {
                return 1;
            }
            if (keeps) {
                return 2;
            }
            return keepsHistory == null ? 3 : 4;
        }
    }
}
