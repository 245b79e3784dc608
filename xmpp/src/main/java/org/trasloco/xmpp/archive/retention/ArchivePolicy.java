package org.trasloco.xmpp.archive.retention;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.xmpp.providers.Retention;

/**
 * What a server does with old archive items: how long it keeps them and how many it keeps per user,
 * and where that is known from.
 *
 * @param kept whether items are kept forever, for a time, or unknown
 * @param keptFor how long, for {@link Kept#LIMITED}; otherwise zero
 * @param itemLimit the most items kept per user, or {@code 0} when there is no limit or it is unknown
 * @param source where the facts come from
 */
public record ArchivePolicy(Kept kept, Duration keptFor, long itemLimit, Source source) {

    /** How long items are kept. */
    public enum Kept {
        /** Never deleted because of their age. */
        FOREVER,
        /** Deleted after {@link #keptFor()}. */
        LIMITED,
        /** Not published. */
        UNKNOWN
    }

    /** Where the facts come from. */
    public enum Source {
        /** The server itself, in the archive-import module's discovery form. */
        SERVER,
        /** The XMPP Providers data for the server's domain. */
        PROVIDERS_LIST,
        /** Nowhere: nothing is known. */
        NONE
    }

    /** Nothing known. */
    public static final ArchivePolicy UNKNOWN = new ArchivePolicy(Kept.UNKNOWN, Duration.ZERO, 0, Source.NONE);

    /**
     * Checks the components.
     *
     * @param kept how long
     * @param keptFor the time, for {@link Kept#LIMITED}
     * @param itemLimit the limit or 0
     * @param source where from
     */
    public ArchivePolicy {
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(keptFor, "keptFor");
        Objects.requireNonNull(source, "source");
        if (kept == Kept.LIMITED && (keptFor.isNegative() || keptFor.isZero())) {
            throw new IllegalArgumentException("a limited retention needs a positive time: " + keptFor);
        }
        if (kept != Kept.LIMITED) {
            keptFor = Duration.ZERO;
        }
        if (itemLimit < 0) {
            throw new IllegalArgumentException("itemLimit must not be negative: " + itemLimit);
        }
    }

    /**
     * Reads the server's own statement: the {@code archive-retention} and {@code archive-item-limit}
     * fields of the discovery form.
     *
     * @param retention seconds, or {@code never}; {@code null} when absent
     * @param itemLimit a number, or {@code null} when absent
     * @return the policy
     */
    public static ArchivePolicy fromServer(String retention, String itemLimit) {
        long limit = 0;
        if (itemLimit != null && !itemLimit.isBlank()) {
            limit = Math.max(0, Long.parseLong(itemLimit.strip()));
        }
        if (retention == null || retention.isBlank()) {
            return new ArchivePolicy(Kept.UNKNOWN, Duration.ZERO, limit, Source.SERVER);
        }
        if ("never".equals(retention.strip())) {
            return new ArchivePolicy(Kept.FOREVER, Duration.ZERO, limit, Source.SERVER);
        }
        long seconds = Long.parseLong(retention.strip());
        return seconds <= 0 ? new ArchivePolicy(Kept.UNKNOWN, Duration.ZERO, limit, Source.SERVER)
                : new ArchivePolicy(Kept.LIMITED, Duration.ofSeconds(seconds), limit, Source.SERVER);
    }

    /**
     * Reads the XMPP Providers data ({@code maximumMessageArchiveManagementStorageTime}).
     *
     * @param retention the provider's archive retention
     * @return the policy
     */
    public static ArchivePolicy fromProviders(Retention retention) {
        return switch (retention.kind()) {
            case UNLIMITED -> new ArchivePolicy(Kept.FOREVER, Duration.ZERO, 0, Source.PROVIDERS_LIST);
            case DAYS -> new ArchivePolicy(Kept.LIMITED, Duration.ofDays(retention.days()), 0, Source.PROVIDERS_LIST);
            case LESS_THAN_A_DAY -> new ArchivePolicy(Kept.LIMITED, Duration.ofHours(12), 0, Source.PROVIDERS_LIST);
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** The limit on items per user, when there is one. */
    public Optional<Long> limit() {
        return itemLimit > 0 ? Optional.of(itemLimit) : Optional.empty();
    }
}
