package org.trasloco.xmpp.archive.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.ArchiveMessages;

/**
 * What the read-back found, per conversation, in words a user understands: "12,408 of 12,408
 * messages confirmed on the server", and for each conversation with a problem what is missing,
 * different or stored twice.
 *
 * @param conversations per conversation, in the plan's order
 * @param archiveItems items read from the archive in all (including messages not from the workspace)
 * @param elapsed how long reading and comparing took
 */
public record VerificationReport(List<ConversationCheck> conversations, long archiveItems, Duration elapsed) {

    /**
     * Copies the list.
     *
     * @param conversations per conversation
     * @param archiveItems items read
     * @param elapsed time taken
     */
    public VerificationReport {
        conversations = List.copyOf(conversations);
    }

    /** Messages expected in all. */
    public long expected() {
        return conversations.stream().mapToLong(ConversationCheck::expected).sum();
    }

    /** Messages confirmed in all. */
    public long confirmed() {
        return conversations.stream().mapToLong(ConversationCheck::confirmed).sum();
    }

    /** Whether every conversation is complete. */
    public boolean complete() {
        return conversations.stream().allMatch(ConversationCheck::complete);
    }

    /** Archive items read per second. */
    public double itemsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? archiveItems / seconds : 0;
    }

    /** The one-line verdict. */
    public LocalizedText summary() {
        return LocalizedText.of(complete() ? ArchiveMessages.VERIFY_CONFIRMED : ArchiveMessages.VERIFY_INCOMPLETE,
                confirmed(), expected());
    }

    /**
     * One line per conversation, then one per finding of the conversations with problems.
     *
     * @param locale the reader's language
     * @return the lines
     */
    public List<String> details(Locale locale) {
        List<String> lines = new ArrayList<>();
        for (ConversationCheck check : conversations) {
            if (check.complete()) {
                lines.add(LocalizedText.of(ArchiveMessages.VERIFY_CONVERSATION_OK, check.title(), check.confirmed(),
                        check.expected()).format(locale));
                continue;
            }
            lines.add(LocalizedText.of(ArchiveMessages.VERIFY_CONVERSATION_PROBLEM, check.title(), check.confirmed(),
                    check.expected(), check.missing(), check.different(), check.duplicated()).format(locale));
            for (Finding finding : check.findings()) {
                ArchiveMessages key = switch (finding.kind()) {
                    case MISSING -> ArchiveMessages.VERIFY_MISSING;
                    case DIFFERENT -> ArchiveMessages.VERIFY_DIFFERENT;
                    case DUPLICATED -> ArchiveMessages.VERIFY_DUPLICATED;
                };
                Object detail = finding.kind() == Finding.Kind.DUPLICATED ? Long.valueOf(finding.detail()) : finding.detail();
                lines.add("  " + LocalizedText.of(key, finding.id(), finding.instant().toString(), detail).format(locale));
            }
        }
        return lines;
    }
}
