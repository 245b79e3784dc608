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
 */
public record ReadResult(String format, long messages, long warnings, DateOrderDecision dateOrder) {

    /** The date-order decision, when the format has one. */
    public Optional<DateOrderDecision> dateOrderDecision() {
        return Optional.ofNullable(dateOrder);
    }
}
