package org.trasloco.importers;

import java.util.Optional;

/**
 * What a reader decided while reading one export.
 *
 * @param format a short technical name of the variant read, e.g. {@code whatsapp-android}
 * @param messages how many messages were read
 * @param warnings how many warnings were reported to the sink
 * @param dateOrder how the date order was decided, for formats that write numeric dates without
 *     their order, else {@code null}
 * @param partial whether the export ended early and only the part before the cut was read (only
 *     when {@link ReadOptions#acceptPartial()} allowed it)
 */
public record ReadResult(String format, long messages, long warnings, DateOrderDecision dateOrder, boolean partial) {

    /**
     * The result of a complete read.
     *
     * @param format the variant read
     * @param messages how many messages were read
     * @param warnings how many warnings were reported
     * @param dateOrder the date-order decision or {@code null}
     */
    public ReadResult(String format, long messages, long warnings, DateOrderDecision dateOrder) {
        this(format, messages, warnings, dateOrder, false);
    }

    /** The date-order decision, when the format has one. */
    public Optional<DateOrderDecision> dateOrderDecision() {
        return Optional.ofNullable(dateOrder);
    }
}
