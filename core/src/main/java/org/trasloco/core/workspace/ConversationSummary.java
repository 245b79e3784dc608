package org.trasloco.core.workspace;

import java.time.LocalDateTime;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;

/**
 * A conversation in the workspace with its numbers.
 *
 * @param network where it comes from
 * @param key its stable key
 * @param title its name
 * @param kind direct, group or channel
 * @param messages how many messages it holds, of every kind
 * @param systemLines how many of them are system lines
 * @param deleted how many of them are deleted-message tombstones
 * @param first the wall-clock time of its first message, or {@code null} when empty
 * @param last the wall-clock time of its last message, or {@code null} when empty
 * @param participants how many people wrote in it
 */
public record ConversationSummary(Network network, String key, String title, ConversationKind kind,
        long messages, long systemLines, long deleted, LocalDateTime first, LocalDateTime last, int participants) {
}
