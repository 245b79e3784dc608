package org.trasloco.xmpp.archive.plan;

import java.time.Instant;
import org.trasloco.core.history.Message;
import org.trasloco.core.workspace.ConversationSummary;

/**
 * A message with its conversation and the moment it was written.
 *
 * @param conversation the conversation
 * @param message the message
 * @param instant the moment (the export's, or the wall-clock time in the confirmed zone)
 */
public record TimedMessage(ConversationSummary conversation, Message message, Instant instant) {
}
