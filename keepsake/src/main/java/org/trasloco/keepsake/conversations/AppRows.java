package org.trasloco.keepsake.conversations;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Message;
import org.trasloco.keepsake.KeepsakeText;
import org.trasloco.keepsake.MediaKind;

/**
 * The rows Trasloco adds to a backup, column by column as the app's own database has them
 * ({@code persistance/DatabaseBackend.onCreate}; entities {@code Conversation} and {@code Message}).
 * Only columns that every app writing backup format 2 has are written (database version 51, when
 * format 2 came; later versions added columns that default to null). The values are those the app
 * itself gives a plain unencrypted text message that has been read:
 * <ul>
 * <li>status {@link #STATUS_RECEIVED} for others' messages, {@link #STATUS_SEND_RECEIVED} (delivered)
 *     for the user's own: never "unsent" (1) or "waiting" (5), which the app sends again when it
 *     starts, nor "failed" (3) or "offered" (6), which it offers to resend;</li>
 * <li>{@code read} 1, so that restoring raises no notification for years of messages;</li>
 * <li>{@code markable} 0, so that the app sends no read markers for them;</li>
 * <li>encryption 0 (none), type 0 (text), carbon 0, deleted 0, no server id (a server-archived
 *     message would not be fetched again into the same place);</li>
 * <li>{@code remoteMsgId} the message's Trasloco id, which is also the XMPP origin-id of any copy
 *     uploaded to the server: the app recognises such a copy as the same message.</li>
 * </ul>
 */
final class AppRows {

    /** {@code Message.STATUS_RECEIVED}. */
    static final long STATUS_RECEIVED = 0;
    /** {@code Message.STATUS_SEND_RECEIVED}: sent and delivered. */
    static final long STATUS_SEND_RECEIVED = 7;
    /** {@code Conversation.MODE_SINGLE}. */
    static final long MODE_SINGLE = 0;
    /** {@code Conversation.MODE_MULTI}. */
    static final long MODE_MULTI = 1;
    /** {@code Config.MAX_STORAGE_MESSAGE_CHARS}: the app cuts longer bodies when it stores them. */
    static final int MAX_BODY = 2 * 1024 * 1024;

    private AppRows() {
    }

    /**
     * A new conversation row.
     *
     * @param uuid the conversation's uuid
     * @param title its name
     * @param accountUuid the account's uuid
     * @param counterpart the person or room
     * @param created when it began, in milliseconds
     */
    static BackupRow conversation(String uuid, String title, String accountUuid, AppCounterpart counterpart, long created) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("uuid", uuid);
        values.put("name", title);
        values.put("contactUuid", null);
        values.put("accountUuid", accountUuid);
        values.put("contactJid", counterpart.address());
        values.put("created", created);
        values.put("status", 0L);
        values.put("mode", counterpart instanceof AppCounterpart.Room ? MODE_MULTI : MODE_SINGLE);
        values.put("attributes", "{}");
        return new BackupRow(BackupRow.CONVERSATIONS, values);
    }

    /**
     * A new message row.
     *
     * @param uuid the message's uuid
     * @param conversationUuid its conversation
     * @param message the message of the history
     * @param body the text the app shows
     * @param timeSent its moment, in milliseconds
     * @param mine whether the user wrote it
     * @param counterpart the person or room
     */
    static BackupRow message(String uuid, String conversationUuid, Message message, String body, long timeSent,
            boolean mine, AppCounterpart counterpart) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("uuid", uuid);
        values.put("conversationUuid", conversationUuid);
        values.put("timeSent", timeSent);
        values.put("counterpart", counterpartOf(counterpart, message, mine));
        values.put("trueCounterpart", null);
        values.put("body", body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body);
        values.put("encryption", 0L);
        values.put("status", mine ? STATUS_SEND_RECEIVED : STATUS_RECEIVED);
        values.put("type", 0L);
        values.put("relativeFilePath", null);
        values.put("serverMsgId", null);
        values.put("axolotl_fingerprint", null);
        values.put("carbon", 0L);
        values.put("edited", "[]");
        values.put("read", 1L);
        values.put("oob", 0L);
        values.put("errorMsg", null);
        values.put("readByMarkers", "[]");
        values.put("markable", 0L);
        values.put("deleted", 0L);
        values.put("bodyLanguage", null);
        values.put("remoteMsgId", message.id());
        return new BackupRow(BackupRow.MESSAGES, values);
    }

    private static String counterpartOf(AppCounterpart counterpart, Message message, boolean mine) {
        if (counterpart instanceof AppCounterpart.Room room) {
            String nickname = mine ? room.myNickname() : message.author();
            return nickname == null ? room.address() : Addresses.occupant(room.address(), nickname);
        }
        return counterpart.address();
    }

    /**
     * The text the app shows for a message: its text, after a line naming the original sender of a
     * forward, and a line for each file (files are not in the backup: only their names).
     */
    static String body(Message message, Locale locale) {
        StringBuilder body = new StringBuilder();
        if (message.forwardedFrom() != null) {
            body.append(KeepsakeText.MESSAGE_FORWARDED.format(locale, message.forwardedFrom())).append('\n');
        }
        body.append(message.text());
        for (Attachment attachment : message.attachments()) {
            KeepsakeText kind = switch (MediaKind.of(attachment)) {
                case PHOTO -> KeepsakeText.ATTACHMENT_PHOTO;
                case VIDEO -> KeepsakeText.ATTACHMENT_VIDEO;
                case AUDIO -> KeepsakeText.ATTACHMENT_AUDIO;
                case FILE -> KeepsakeText.ATTACHMENT_FILE;
            };
            line(body).append('[').append(KeepsakeText.ATTACHMENT_NOT_INCLUDED.format(locale,
                    kind.format(locale, attachment.fileName()))).append(']');
        }
        if (message.mediaOmitted()) {
            line(body).append('[').append(KeepsakeText.MESSAGE_MEDIA_OMITTED.format(locale)).append(']');
        }
        return body.toString().replace("\u0000", "");
    }

    private static StringBuilder line(StringBuilder body) {
        return body.length() == 0 || body.charAt(body.length() - 1) == '\n' ? body : body.append('\n');
    }

    /** A uuid that is the same every time for the same account and message: adding twice adds once. */
    static String messageUuid(String account, String messageId) {
        return UUID.nameUUIDFromBytes(("trasloco:message:" + Addresses.key(account) + ":" + messageId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A uuid that is the same every time for the same account and conversation. */
    static String conversationUuid(String account, String network, String key) {
        return UUID.nameUUIDFromBytes(("trasloco:conversation:" + Addresses.key(account) + ":" + network + ":" + key)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
