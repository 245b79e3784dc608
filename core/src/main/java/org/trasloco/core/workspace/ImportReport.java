package org.trasloco.core.workspace;

import java.util.List;

/**
 * What one committed import did.
 *
 * @param sourceId the import's row in the workspace
 * @param messagesRead how many messages the export held
 * @param messagesAdded how many of them were new to the workspace
 * @param warnings how many warnings the importer reported
 * @param conversations the same numbers per conversation
 */
public record ImportReport(long sourceId, long messagesRead, long messagesAdded, long warnings,
        List<ConversationResult> conversations) {

    /**
     * Copies the list.
     *
     * @param sourceId the import's row
     * @param messagesRead messages in the export
     * @param messagesAdded messages new to the workspace
     * @param warnings warnings reported
     * @param conversations per conversation
     */
    public ImportReport {
        conversations = List.copyOf(conversations);
    }

    /**
     * One conversation's numbers.
     *
     * @param key the conversation's key
     * @param title the conversation's title, as the export names it
     * @param read messages in the export
     * @param added messages new to the workspace
     */
    public record ConversationResult(String key, String title, long read, long added) {
    }
}
