package org.trasloco.importers.telegram.json;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trasloco.importers.telegram.chat.TelegramPhrases;

/**
 * The sentence of a JSON service message, worded as Telegram Desktop's HTML export words it (see
 * {@link TelegramPhrases}). The JSON names only the action and its fields; an action this version
 * does not know becomes "actor: action name", so nothing is lost.
 */
final class ServiceTexts {

    private static final DateTimeFormatter HTML_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private ServiceTexts() {
    }

    /**
     * The text of a service message.
     *
     * @param message the message's fields
     * @param channel whether the chat is a channel (some sentences name no actor there)
     * @param zone the exporter's zone, for the dates some sentences contain
     * @return the sentence
     */
    static String of(Map<String, Object> message, boolean channel, ZoneId zone) {
        String action = JsonTree.string(message, "action");
        String actor = name(message.get("actor"), "deleted.peer");
        if (action == null) {
            String information = JsonTree.string(message, "information_text");
            return information != null ? information : "";
        }
        String title = JsonTree.string(message, "title");
        return switch (action) {
            case "create_group" -> members(message).isEmpty()
                    ? TelegramPhrases.format("create_group", actor, title)
                    : TelegramPhrases.format("create_group.members", actor, title, TelegramPhrases.list(members(message)));
            case "edit_group_title", "edit_group_photo", "delete_group_photo" ->
                    TelegramPhrases.format(channel ? action + ".channel" : action, actor, title);
            case "invite_members", "remove_members", "invite_to_group_call" ->
                    TelegramPhrases.format(action, actor, TelegramPhrases.list(members(message)));
            case "join_group_by_link" -> TelegramPhrases.format(action, actor, name(message.get("inviter"), "deleted.user"));
            case "create_channel", "migrate_from_group", "topic_created" -> TelegramPhrases.format(action, actor, title);
            case "migrate_to_supergroup", "pin_message", "clear_history", "take_screenshot", "joined_telegram",
                    "requested_phone_number", "join_group_by_request", "suggest_profile_photo", "set_chat_wallpaper",
                    "set_same_chat_wallpaper" -> TelegramPhrases.format(action, actor);
            case "score_in_game" -> TelegramPhrases.format(action, actor, JsonTree.string(message, "score"));
            case "group_call" -> groupCall(message, actor, channel);
            case "set_messages_ttl" -> messagesTtl(message, actor, channel);
            case "group_call_scheduled" -> TelegramPhrases.format(channel ? action + ".channel" : action, actor,
                    scheduled(message, zone));
            case "edit_chat_theme" -> chatTheme(message, actor, channel);
            case "send_webview_data" -> TelegramPhrases.format(action, actor, JsonTree.string(message, "text"));
            case "send_premium_gift" -> premiumGift(message, actor);
            case "topic_edit" -> topicEdit(message, actor);
            default -> TelegramPhrases.format(message.containsKey("actor") ? "generic" : "generic.noActor", actor,
                    action.replace('_', ' '));
        };
    }

    /** A name, or Telegram's word for a deleted account when it is null or blank. */
    static String name(Object value, String deletedKey) {
        return value instanceof String text && !text.isBlank() ? text.strip() : TelegramPhrases.format(deletedKey);
    }

    private static List<String> members(Map<String, Object> message) {
        List<Object> list = JsonTree.array(message, "members");
        List<String> names = new ArrayList<>();
        if (list != null) {
            for (Object member : list) {
                names.add(name(member, "deleted.user"));
            }
        }
        return names;
    }

    private static String groupCall(Map<String, Object> message, String actor, boolean channel) {
        Long duration = JsonTree.number(message, "duration");
        String key = (channel ? "group_call.channel" : "group_call") + (duration != null && duration > 0 ? ".duration" : "");
        return TelegramPhrases.format(key, actor, duration);
    }

    private static String messagesTtl(Map<String, Object> message, String actor, boolean channel) {
        Long period = JsonTree.number(message, "period");
        String base = channel ? "set_messages_ttl.channel" : "set_messages_ttl";
        if (period == null || period == 0) {
            return TelegramPhrases.format(base + ".off", actor);
        }
        String words = period == 7 * 86_400L ? TelegramPhrases.format("ttl.week")
                : period == 86_400L ? TelegramPhrases.format("ttl.day") : "";
        return TelegramPhrases.format(base, actor, words);
    }

    private static String scheduled(Map<String, Object> message, ZoneId zone) {
        Long date = JsonTree.number(message, "schedule_date");
        return date == null ? "" : HTML_DATE_TIME.format(Instant.ofEpochSecond(date).atZone(zone));
    }

    private static String chatTheme(Map<String, Object> message, String actor, boolean channel) {
        String emoticon = JsonTree.string(message, "emoticon");
        String base = channel ? "edit_chat_theme.channel" : "edit_chat_theme";
        return emoticon == null || emoticon.isEmpty() ? TelegramPhrases.format(base + ".off", actor)
                : TelegramPhrases.format(base, actor, emoticon);
    }

    private static String premiumGift(Map<String, Object> message, String actor) {
        String cost = JsonTree.string(message, "cost");
        Long months = JsonTree.number(message, "months");
        return cost == null || months == null || months == 0 ? TelegramPhrases.format("send_premium_gift.plain", actor)
                : TelegramPhrases.format("send_premium_gift", actor, cost, months);
    }

    private static String topicEdit(Map<String, Object> message, String actor) {
        List<String> parts = new ArrayList<>();
        String title = JsonTree.string(message, "new_title");
        if (title != null && !title.isEmpty()) {
            parts.add(TelegramPhrases.format("topic_edit.title", title));
        }
        String icon = JsonTree.string(message, "new_icon_emoji_id");
        if (icon != null) {
            parts.add(TelegramPhrases.format("topic_edit.icon", icon));
        }
        return TelegramPhrases.format("topic_edit", actor, String.join(",", parts));
    }
}
