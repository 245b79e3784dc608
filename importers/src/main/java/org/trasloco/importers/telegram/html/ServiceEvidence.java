package org.trasloco.importers.telegram.html;

import java.util.List;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.importers.telegram.chat.TelegramPhrases;

/**
 * Tells from the sentence of a service message whether the chat is a group or a channel, for HTML
 * chats whose kind the export does not state (a single-chat export has no list of chats).
 */
final class ServiceEvidence {

    private static final List<String> CHANNEL = List.of("create_channel", "edit_group_title.channel",
            "edit_group_photo.channel", "delete_group_photo.channel", "set_messages_ttl.channel",
            "set_messages_ttl.channel.off", "edit_chat_theme.channel", "edit_chat_theme.channel.off");
    private static final List<String> GROUP = List.of("create_group", "invite_members", "remove_members",
            "join_group_by_link", "join_group_by_request", "migrate_to_supergroup", "migrate_from_group",
            "edit_group_title", "edit_group_photo", "delete_group_photo", "group_call", "invite_to_group_call");

    private ServiceEvidence() {
    }

    /**
     * The kind a service sentence shows.
     *
     * @param text the sentence
     * @return {@code GROUP}, {@code CHANNEL}, or {@code null} when it shows neither
     */
    static ConversationKind of(String text) {
        for (String key : CHANNEL) {
            if (text.startsWith(fixedStart(key))) {
                return ConversationKind.CHANNEL;
            }
        }
        for (String key : GROUP) {
            String fixed = fixedAfterActor(key);
            if (!fixed.isBlank() && text.contains(fixed)) {
                return ConversationKind.GROUP;
            }
        }
        return null;
    }

    /** The words of a phrase before its first placeholder. */
    private static String fixedStart(String key) {
        String pattern = TelegramPhrases.format(key, "\u0000", "\u0000", "\u0000");
        int cut = pattern.indexOf('\u0000');
        return cut < 0 ? pattern : pattern.substring(0, cut);
    }

    /** The words of a phrase between the actor ({0}) and the next placeholder. */
    private static String fixedAfterActor(String key) {
        String pattern = TelegramPhrases.format(key, "\u0000", "\u0001", "\u0001");
        int actor = pattern.indexOf('\u0000');
        if (actor != 0) {
            return "";
        }
        int next = pattern.indexOf('\u0001');
        return next < 0 ? pattern.substring(1) : pattern.substring(1, next);
    }
}
