package org.trasloco.xmpp.archive.protocol;

import java.util.Objects;
import org.jivesoftware.smackx.xdata.FormField;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.trasloco.xmpp.archive.retention.ArchivePolicy;

/**
 * What a server with the archive-import module accepts, from its discovery form.
 *
 * @param maxItems messages per request
 * @param maxItemSize bytes of one message
 * @param maxRequestSize bytes of one request
 * @param rate messages per second per user, or {@code 0} for no limit
 * @param policy how long and how many archive items the server keeps
 * @param maxReaddressItems messages one re-addressing request may name (protocol section 9.1)
 * @param changes which requests that change imported items the server answers
 */
public record ImportLimits(int maxItems, int maxItemSize, int maxRequestSize, int rate, ArchivePolicy policy,
        int maxReaddressItems, Changes changes) {

    /** What the protocol document promises when a field is missing. */
    public static final ImportLimits DEFAULTS = new ImportLimits(50, 10_000, 64 * 1024, 0,
            new ArchivePolicy(ArchivePolicy.Kept.UNKNOWN, java.time.Duration.ZERO, 0, ArchivePolicy.Source.SERVER),
            50, Changes.NONE);

    /**
     * The requests that change imported items (protocol section 9), as the server advertises them.
     *
     * @param readdress whether it re-addresses items ({@code #readdress})
     * @param replace whether it replaces items ({@code #replace})
     */
    public record Changes(boolean readdress, boolean replace) {

        /** Neither. */
        public static final Changes NONE = new Changes(false, false);
    }

    /**
     * Checks the values.
     *
     * @param maxItems positive
     * @param maxItemSize positive
     * @param maxRequestSize positive
     * @param rate not negative
     * @param policy the retention
     * @param maxReaddressItems positive
     * @param changes the change requests answered
     */
    public ImportLimits {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(changes, "changes");
        if (maxItems <= 0 || maxItemSize <= 0 || maxRequestSize <= 0 || rate < 0 || maxReaddressItems <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Reads the form; missing or unreadable numbers take the {@link #DEFAULTS}.
     *
     * @param form the {@code urn:trasloco:archive-import:0#limits} form
     * @return the limits
     */
    public static ImportLimits from(DataForm form) {
        ArchivePolicy policy;
        try {
            policy = ArchivePolicy.fromServer(value(form, "archive-retention"), value(form, "archive-item-limit"));
        } catch (NumberFormatException e) {
            policy = DEFAULTS.policy();
        }
        int maxItems = number(form, "max-items", DEFAULTS.maxItems());
        return new ImportLimits(maxItems,
                number(form, "max-item-size", DEFAULTS.maxItemSize()),
                number(form, "max-request-size", DEFAULTS.maxRequestSize()),
                Math.max(0, numberOrZero(form, "rate")), policy,
                number(form, "max-readdress-items", maxItems), Changes.NONE);
    }

    /**
     * The same limits with the change requests the server advertises.
     *
     * @param answered the requests
     * @return a changed copy
     */
    public ImportLimits withChanges(Changes answered) {
        return new ImportLimits(maxItems, maxItemSize, maxRequestSize, rate, policy, maxReaddressItems, answered);
    }

    private static String value(DataForm form, String name) {
        FormField field = form.getField(name);
        return field == null ? null : field.getFirstValue();
    }

    private static int number(DataForm form, String name, int fallback) {
        int value = numberOrZero(form, name);
        return value > 0 ? value : fallback;
    }

    private static int numberOrZero(DataForm form, String name) {
        String text = value(form, name);
        if (text == null) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
