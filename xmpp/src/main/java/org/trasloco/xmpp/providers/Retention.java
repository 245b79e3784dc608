package org.trasloco.xmpp.providers;

/**
 * How long a provider keeps something (messages in the archive, shared files), as the XMPP
 * Providers data states it: a number of days, {@code 0} for "no limit", {@code -1} for "less than a
 * day", absent when unknown.
 *
 * @param kind what is known
 * @param days the days, for {@link Kind#DAYS}; otherwise 0
 */
public record Retention(Kind kind, int days) {

    /** What is known about the retention. */
    public enum Kind {
        /** Kept for a number of days. */
        DAYS,
        /** Kept without a time limit. */
        UNLIMITED,
        /** Kept less than a day. */
        LESS_THAN_A_DAY,
        /** Not published. */
        UNKNOWN
    }

    /** No limit. */
    public static final Retention UNLIMITED = new Retention(Kind.UNLIMITED, 0);
    /** Not published. */
    public static final Retention UNKNOWN = new Retention(Kind.UNKNOWN, 0);

    /**
     * Checks the values.
     *
     * @param kind what is known
     * @param days the days
     */
    public Retention {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        if (kind == Kind.DAYS && days <= 0) {
            throw new IllegalArgumentException("days must be positive");
        }
        if (kind != Kind.DAYS) {
            days = 0;
        }
    }

    /**
     * Kept for a number of days.
     *
     * @param days positive
     * @return the retention
     */
    public static Retention days(int days) {
        return new Retention(Kind.DAYS, days);
    }

    /**
     * Reads the XMPP Providers convention.
     *
     * @param value the number in the data, or {@code null} when absent
     * @return the retention
     */
    public static Retention fromProvidersData(Integer value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value == 0) {
            return UNLIMITED;
        }
        return value < 0 ? new Retention(Kind.LESS_THAN_A_DAY, 0) : days(value);
    }

    /** The number the XMPP Providers data would write, or {@code null} when unknown. */
    public Integer toProvidersData() {
        return switch (kind) {
            case DAYS -> days;
            case UNLIMITED -> 0;
            case LESS_THAN_A_DAY -> -1;
            case UNKNOWN -> null;
        };
    }

    /**
     * Whether things are known to be kept at least this long.
     *
     * @param wanted days
     * @return {@code false} when unknown
     */
    public boolean atLeast(int wanted) {
        return switch (kind) {
            case UNLIMITED -> true;
            case DAYS -> days >= wanted;
            case LESS_THAN_A_DAY -> wanted <= 0;
            case UNKNOWN -> false;
        };
    }

    /** For sorting: longer first; unknown last. */
    int rank() {
        return switch (kind) {
            case UNLIMITED -> Integer.MAX_VALUE;
            case DAYS -> days;
            case LESS_THAN_A_DAY -> 0;
            case UNKNOWN -> -1;
        };
    }
}
