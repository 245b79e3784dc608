package org.trasloco.xmpp.archive.verify;

import java.util.List;
import java.util.Objects;
import org.trasloco.xmpp.archive.plan.ConversationRef;

/**
 * The read-back of one conversation.
 *
 * @param ref the conversation
 * @param title its title
 * @param expected messages the workspace says should be there
 * @param confirmed messages found exactly as sent
 * @param missing how many are not there
 * @param different how many are there but differ
 * @param duplicated how many are there too often
 * @param expectedHash SHA-256 (hex) over the messages as sent
 * @param archiveHash SHA-256 (hex) over the same messages as the archive holds them
 * @param findings the first findings (at most {@value ArchiveVerifier#FINDINGS_PER_CONVERSATION})
 */
public record ConversationCheck(ConversationRef ref, String title, long expected, long confirmed, long missing,
        long different, long duplicated, String expectedHash, String archiveHash, List<Finding> findings) {

    /**
     * Checks and copies.
     *
     * @param ref conversation
     * @param title title
     * @param expected expected
     * @param confirmed confirmed
     * @param missing missing
     * @param different different
     * @param duplicated duplicated
     * @param expectedHash hash of the workspace side
     * @param archiveHash hash of the archive side
     * @param findings examples
     */
    public ConversationCheck {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        findings = List.copyOf(findings);
    }

    /** Whether everything is there, once, as sent. */
    public boolean complete() {
        return confirmed == expected && duplicated == 0 && expectedHash.equals(archiveHash);
    }
}
