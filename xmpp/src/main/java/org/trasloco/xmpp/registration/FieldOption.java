package org.trasloco.xmpp.registration;

import java.util.Objects;

/**
 * One option of a choice field.
 *
 * @param label what to show (the value when the server gave no label)
 * @param value what to send back
 */
public record FieldOption(String label, String value) {

    /**
     * Checks the values.
     *
     * @param label what to show
     * @param value what to send back
     */
    public FieldOption {
        Objects.requireNonNull(value, "value");
        label = label == null || label.isBlank() ? value : label;
    }
}
