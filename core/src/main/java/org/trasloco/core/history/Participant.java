package org.trasloco.core.history;

import java.util.Objects;

/**
 * Someone who wrote in a conversation, as the export names them.
 *
 * @param name the name with invisible marks and the non-contact {@code ~} removed
 * @param platformId the platform's id of the sender (Telegram {@code user123}), or {@code null}
 * @param phone the phone number when the name is one, as written (digits and {@code +}), or {@code null}
 * @param savedContact {@code false} when the export marked the sender as not in the exporter's
 *     address book (WhatsApp's {@code ~ Name}) at least once
 * @param messageCount how many messages this participant wrote in the conversation
 */
public record Participant(String name, String platformId, String phone, boolean savedContact, long messageCount) {

    /**
     * Checks the components.
     *
     * @param name the cleaned name
     * @param platformId the platform id or {@code null}
     * @param phone the phone number or {@code null}
     * @param savedContact whether the sender was a saved contact
     * @param messageCount how many messages this participant wrote
     */
    public Participant {
        Objects.requireNonNull(name, "name");
        if (messageCount < 0) {
            throw new IllegalArgumentException("messageCount must not be negative: " + messageCount);
        }
    }
}
