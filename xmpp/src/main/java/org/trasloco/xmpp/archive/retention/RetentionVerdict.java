package org.trasloco.xmpp.archive.retention;

import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.ArchiveMessages;

/**
 * Whether the server would keep the history.
 *
 * @param outcome the answer
 * @param keptDays the days the server keeps items (for {@link Outcome#TOO_SHORT})
 * @param ageDays the age of the oldest message in days (for {@link Outcome#TOO_SHORT})
 * @param itemLimit the most items kept per user (for {@link Outcome#TOO_MANY})
 * @param messages the messages to move (for {@link Outcome#TOO_MANY})
 */
public record RetentionVerdict(Outcome outcome, long keptDays, long ageDays, long itemLimit, long messages) {

    /** The answer. */
    public enum Outcome {
        /** Kept long enough, and there is room for everything. */
        KEPT,
        /** The server does not say; nothing suggests it would delete the history. */
        UNKNOWN,
        /** The server deletes items younger than the oldest message. */
        TOO_SHORT,
        /** The server keeps fewer items than the history has. */
        TOO_MANY
    }

    /** Whether the upload must stop unless the user accepts the loss. */
    public boolean blocks() {
        return outcome == Outcome.TOO_SHORT || outcome == Outcome.TOO_MANY;
    }

    /**
     * The explanation for the user (nothing to say for {@link Outcome#KEPT}).
     *
     * @param domain the server
     * @return the text, or {@code null} when all is well
     */
    public LocalizedText explanation(String domain) {
        return switch (outcome) {
            case KEPT -> null;
            case UNKNOWN -> LocalizedText.of(ArchiveMessages.RETENTION_UNKNOWN, domain);
            case TOO_SHORT -> LocalizedText.of(ArchiveMessages.RETENTION_TOO_SHORT, domain, keptDays, ageDays);
            case TOO_MANY -> LocalizedText.of(ArchiveMessages.RETENTION_TOO_MANY, domain, itemLimit, messages);
        };
    }
}
