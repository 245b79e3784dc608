package org.trasloco.importers.telegram.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.Network;
import org.trasloco.importers.io.InputErrors;
import org.trasloco.importers.telegram.chat.ChatType;
import org.trasloco.importers.telegram.chat.ChatWriter;
import org.trasloco.importers.telegram.chat.ExportFiles;
import org.trasloco.importers.telegram.chat.MediaWords;
import org.trasloco.importers.telegram.chat.TelegramMessages;
import org.trasloco.importers.telegram.chat.TelegramPhrases;

/**
 * One chat of a JSON export, its messages mapped and written as they stream past. The conversation
 * starts only when the export's way of writing ids is known (usually at the first message; at most
 * {@value #ERA_LOOKAHEAD} messages wait for it), because the conversation key depends on it.
 */
final class JsonChat {

    private static final int ERA_LOOKAHEAD = 64;
    private static final List<String> MEDIA_FIELDS = List.of("photo", "file", "contact_vcard");

    private final JsonRead read;
    private final ChatType type;
    private final String name;
    private final long writtenId;
    private final List<Waiting> waiting = new ArrayList<>();
    private ChatWriter writer;
    private long chatId;
    private String peerId;
    private LocalDateTime lastTimestamp;
    private Instant lastInstant;

    /**
     * A chat whose header has been read.
     *
     * @param read the read it belongs to
     * @param type its {@code type}
     * @param name its {@code name}, or {@code null} when absent or null
     * @param writtenId its {@code id} as written, or {@code null} when absent
     * @param line where the chat starts, for errors
     */
    JsonChat(JsonRead read, ChatType type, String name, Long writtenId, long line) {
        if (writtenId == null) {
            throw InputErrors.badInput(TelegramMessages.CHAT_WITHOUT_ID, read.file(), line);
        }
        this.read = read;
        this.type = type;
        this.name = name;
        this.writtenId = writtenId;
    }

    /** Takes the next message of the chat. */
    void accept(Map<String, Object> message, long messageLine) {
        read.ids().observe(message);
        if (writer == null) {
            if (!read.ids().decided() && waiting.size() < ERA_LOOKAHEAD) {
                waiting.add(new Waiting(message, messageLine));
                return;
            }
            start();
        }
        write(message, messageLine);
    }

    /** The chat's messages are all read (or the file ended): writes what waits and ends the conversation. */
    void finish() {
        if (writer == null) {
            start();
        }
        ConversationKind kind = type == ChatType.UNKNOWN
                ? (writer.authors() > 2 ? ConversationKind.GROUP : ConversationKind.DIRECT) : type.kind();
        writer.end(kind);
    }

    private void start() {
        read.ids().assumeModern();
        chatId = read.ids().chatId(writtenId);
        peerId = type.key(chatId);
        read.clock().startConversation();
        writer = new ChatWriter(read.sink(), new Conversation(Network.TELEGRAM, peerId, title(), type.kind()));
        for (Waiting message : waiting) {
            write(message.fields, message.line);
        }
        waiting.clear();
    }

    private String title() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return TelegramPhrases.format(switch (type) {
            case SAVED_MESSAGES -> "title.saved_messages";
            case REPLIES -> "title.replies";
            case VERIFICATION_CODES -> "title.verification_codes";
            case PRIVATE_GROUP, PRIVATE_SUPERGROUP, PUBLIC_SUPERGROUP -> "deleted.group";
            case PRIVATE_CHANNEL, PUBLIC_CHANNEL -> "deleted.channel";
            default -> "deleted.user";
        });
    }

    private void write(Map<String, Object> message, long messageLine) {
        Object id = message.get("id");
        if (!(id instanceof Long)) {
            read.notes().warn(TelegramMessages.WARN_MESSAGE_SKIPPED, read.file(), messageLine);
            return;
        }
        String platformId = id.toString();
        LocalDateTime timestamp = timestamp(message);
        boolean approximate = false;
        Instant instant;
        if (timestamp != null) {
            Long unixTime = JsonTree.number(message, "date_unixtime");
            if (unixTime != null && !fits(unixTime, timestamp)) {
                read.notes().warn(TelegramMessages.WARN_BAD_UNIXTIME, read.file(), messageLine, platformId,
                        JsonTree.string(message, "date_unixtime"), JsonTree.string(message, "date"));
                unixTime = null;
            }
            instant = unixTime != null ? Instant.ofEpochSecond(unixTime) : read.clock().withoutZone(timestamp, read.file());
        } else if (lastTimestamp != null) {
            if (message.get("date") != null) {
                read.notes().warn(TelegramMessages.WARN_BAD_DATE, read.file(), messageLine, platformId,
                        JsonMedia.plain(message.get("date")));
            }
            // An "unsupported" message has no date: it sits between its neighbours.
            timestamp = lastTimestamp;
            instant = lastInstant;
            approximate = true;
        } else {
            read.notes().warn(TelegramMessages.WARN_MESSAGE_SKIPPED, read.file(), messageLine);
            return;
        }
        lastTimestamp = timestamp;
        lastInstant = instant;
        Message.Builder builder = writer.next(platformId, instant)
                .timestamp(timestamp)
                .approximateTime(approximate)
                .sourceLine(messageLine);
        String kind = JsonTree.string(message, "type");
        if ("service".equals(kind)) {
            service(message, builder);
        } else if ("unsupported".equals(kind)) {
            builder.kind(MessageKind.SYSTEM).text(TelegramPhrases.format("unsupported"));
        } else {
            ordinary(message, platformId, builder);
        }
        writer.write(builder.build());
    }

    /**
     * Whether a time stamp can be the moment of a wall-clock date: no zone is more than 14 hours
     * from UTC, so anything further apart (a negative or absurd number) is not the message's time.
     */
    private static boolean fits(long unixTime, LocalDateTime wallClock) {
        long asUtc = wallClock.toEpochSecond(java.time.ZoneOffset.UTC);
        return Math.abs(unixTime - asUtc) <= 15 * 3600L;
    }

    private static LocalDateTime timestamp(Map<String, Object> message) {
        String date = JsonTree.string(message, "date");
        if (date == null) {
            return null;
        }
        LocalDateTime fast = isoSeconds(date);
        if (fast != null) {
            return fast;
        }
        try {
            return LocalDateTime.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, the form every export writes, without the cost of a formatter. */
    private static LocalDateTime isoSeconds(String date) {
        if (date.length() != 19 || date.charAt(4) != '-' || date.charAt(7) != '-' || date.charAt(10) != 'T'
                || date.charAt(13) != ':' || date.charAt(16) != ':') {
            return null;
        }
        int year = digits(date, 0, 4);
        int month = digits(date, 5, 2);
        int day = digits(date, 8, 2);
        int hour = digits(date, 11, 2);
        int minute = digits(date, 14, 2);
        int second = digits(date, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > 28 && day > YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59
                || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private void service(Map<String, Object> message, Message.Builder builder) {
        builder.kind(MessageKind.SYSTEM).authorId(PeerIds.sender(message.get("actor_id"), type, chatId));
        String action = JsonTree.string(message, "action");
        if ("phone_call".equals(action)) {
            builder.text(callText(message));
            return;
        }
        builder.text(ServiceTexts.of(message, type.isChannel(), read.clock().zone()));
        String target = switch (action == null ? "" : action) {
            case "pin_message", "set_same_chat_wallpaper" -> JsonTree.string(message, "message_id");
            case "score_in_game" -> JsonTree.string(message, "game_message_id");
            case "send_payment" -> JsonTree.string(message, "invoice_message_id");
            default -> null;
        };
        if (target != null && sameChat(message.get("reply_to_peer_id"))) {
            builder.replyTo(target);
        }
    }

    /** A call as Telegram's HTML export shows it, seen from the exporter's side. */
    private String callText(Map<String, Object> message) {
        String caller = PeerIds.sender(message.get("actor_id"), type, chatId);
        boolean outgoing = caller != null && !caller.equals(peerId);
        String reason = JsonTree.string(message, "discard_reason");
        Long seconds = JsonTree.number(message, "duration_seconds");
        String status;
        if (outgoing) {
            status = "missed".equals(reason) ? "cancelled" : "outgoing";
        } else {
            status = "missed".equals(reason) ? "missed" : "busy".equals(reason) ? "declined" : "incoming";
        }
        return TelegramPhrases.call(status, seconds == null ? 0 : seconds);
    }

    private void ordinary(Map<String, Object> message, String platformId, Message.Builder builder) {
        String author;
        if (message.containsKey("from")) {
            Object from = message.get("from");
            if (from != null && !(from instanceof String)) {
                from = wrongType(platformId, "from", from);
            }
            author = ServiceTexts.name(from, "deleted.user");
        } else {
            author = type.isChannel() ? title() : null;
        }
        builder.author(author).authorId(PeerIds.sender(message.get("from_id"), type, chatId));
        Object written = message.get("text");
        if (written != null && !(written instanceof String) && !(written instanceof TextParts.Flat)) {
            written = wrongType(platformId, "text", written);
        }
        TextParts.Flat text = TextParts.of(written, message.get("text_entities"));
        builder.text(MediaWords.withCaption(text.text(), JsonMedia.describe(message, text.text(), read.words())));
        text.spans().forEach(builder::span);
        builder.edited(message.get("edited_unixtime") != null || isRealEdit(JsonTree.string(message, "edited")));
        if (message.containsKey("forwarded_from")) {
            builder.forwardedFrom(ServiceTexts.name(message.get("forwarded_from"), "deleted.user"));
        }
        String replyTo = JsonTree.string(message, "reply_to_message_id");
        if (replyTo != null && sameChat(message.get("reply_to_peer_id"))) {
            builder.replyTo(replyTo);
        }
        media(message, platformId, builder);
    }

    /** A field whose value is not of the kind Telegram writes: read as text, and said. */
    private String wrongType(String platformId, String field, Object value) {
        String read = JsonMedia.plain(value);
        this.read.notes().warn(TelegramMessages.WARN_WRONG_TYPE, this.read.file(), 0, platformId, field,
                String.valueOf(value), read);
        return read;
    }

    /** Exports before 2.1.9 put "edited" on every message; unedited ones carry the epoch in local time. */
    private static boolean isRealEdit(String edited) {
        return edited != null && !edited.startsWith("1970-01-01") && !edited.startsWith("1969-12-31");
    }

    /** Whether a reply's {@code reply_to_peer_id} is absent or names this very chat. */
    private boolean sameChat(Object replyPeer) {
        return replyPeer == null || peerId.equals(PeerIds.sender(replyPeer, type, chatId));
    }

    private void media(Map<String, Object> message, String platformId, Message.Builder builder) {
        boolean omitted = false;
        for (String field : MEDIA_FIELDS) {
            String written = JsonTree.string(message, field);
            if (written == null) {
                continue;
            }
            if (ExportFiles.isPlaceholder(written)) {
                // A vCard is made from the contact card, which the message still has.
                omitted |= !"contact_vcard".equals(field);
                continue;
            }
            String mimeType = "file".equals(field) ? JsonTree.string(message, "mime_type") : null;
            builder.attachment(read.files().attachment(written, mimeType, read.file(), platformId));
        }
        builder.mediaOmitted(omitted);
    }

    /** A message waiting for the id era to be decided, with the line it starts on. */
    private record Waiting(Map<String, Object> fields, long line) {
    }
}
