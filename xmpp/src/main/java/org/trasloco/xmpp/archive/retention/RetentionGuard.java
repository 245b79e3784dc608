package org.trasloco.xmpp.archive.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.ArchiveMessages;

/**
 * Compares what a server keeps with the history about to be uploaded. Items are deleted by the date
 * they carry: imported messages carry their original date, so the oldest one's age must be within
 * the retention; notes carry the date they arrive, so only the number of items matters for them.
 */
public final class RetentionGuard {

    private RetentionGuard() {
    }

    /**
     * Judges.
     *
     * @param policy what the server keeps
     * @param oldest the date the oldest item will carry in the archive ({@code now} for notes), or
     *     {@code null} when there is nothing to upload
     * @param messages how many items the upload adds
     * @param now the current time
     * @return the verdict
     */
    public static RetentionVerdict judge(ArchivePolicy policy, Instant oldest, long messages, Instant now) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        if (policy.itemLimit() > 0 && messages > policy.itemLimit()) {
            return new RetentionVerdict(RetentionVerdict.Outcome.TOO_MANY, 0, 0, policy.itemLimit(), messages);
        }
        return switch (policy.kept()) {
            case FOREVER -> new RetentionVerdict(RetentionVerdict.Outcome.KEPT, 0, 0, 0, messages);
            case UNKNOWN -> new RetentionVerdict(RetentionVerdict.Outcome.UNKNOWN, 0, 0, 0, messages);
            case LIMITED -> {
                Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, now);
                // A day of margin: an upload and the server's daily clean-up take time.
                boolean kept = age.plusDays(1).compareTo(policy.keptFor()) <= 0;
                yield kept ? new RetentionVerdict(RetentionVerdict.Outcome.KEPT, 0, 0, 0, messages)
                        : new RetentionVerdict(RetentionVerdict.Outcome.TOO_SHORT, policy.keptFor().toDays(),
                                Math.max(0, age.toDays()), 0, messages);
            }
        };
    }

    /**
     * Stops when the verdict blocks and the user has not accepted the loss.
     *
     * @param verdict the verdict
     * @param domain the server
     * @param accepted whether the user accepts that the server deletes part of the history
     * @throws TraslocoException {@code USAGE} with the explanation
     */
    public static void enforce(RetentionVerdict verdict, String domain, boolean accepted) {
        if (verdict.blocks() && !accepted) {
            LocalizedText text = verdict.explanation(domain);
            throw new TraslocoException(TraslocoException.Kind.USAGE, text, null);
        }
    }
}
