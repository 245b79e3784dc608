package org.trasloco.importers;

import java.util.Objects;
import org.trasloco.core.time.DateOrder;

/**
 * How a reader decided the day/month order of an export's dates, so that a front-end can ask the
 * user exactly when the data could not decide.
 *
 * @param order the order used
 * @param basis why
 */
public record DateOrderDecision(DateOrder order, Basis basis) {

    /** Why an order was chosen. */
    public enum Basis {
        /** The user said so. */
        FORCED,
        /** The year comes first ({@code 2024-02-03}). */
        YEAR_FIRST,
        /** A first field above 12 can only be a day (or a second field above 12 a day). */
        FIELD_ABOVE_12,
        /** Within one year, only one field ever decreases: that one is the day. */
        DECREASING_FIELD,
        /** One field changes more often than the other: that one is the day. */
        MORE_CHANGES,
        /** Both orders fit every date: day/month was assumed; the user should be asked. */
        AMBIGUOUS,
        /** The export mixes both orders; the one with more evidence was used. */
        CONFLICTING
    }

    /**
     * Checks the components.
     *
     * @param order the order used
     * @param basis why
     */
    public DateOrderDecision {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(basis, "basis");
    }

    /** Whether the user should be asked because the data could not decide. */
    public boolean needsConfirmation() {
        return basis == Basis.AMBIGUOUS || basis == Basis.CONFLICTING;
    }
}
