package org.trasloco.importers.telegram.json;

import java.util.Map;
import org.trasloco.importers.telegram.chat.ChatType;

/**
 * Telegram's peer ids in the three ways exports have written them, turned into the one form
 * current exports use ({@code user123}, {@code chat123}, {@code channel123}).
 *
 * <ul>
 *   <li>Before 2.4: {@code from_id} is the bare user id (a number).</li>
 *   <li>2.4 to 2.7.1: a number {@code (1<<32)|id} for users and {@code (2<<32)|id} for groups and
 *       channels (which cannot be told apart); chat ids and the user ids of the account sections
 *       are encoded the same way.</li>
 *   <li>Since 2.7.2: strings such as {@code "user123"}; chat and user ids are bare numbers.</li>
 * </ul>
 *
 * <p>A bare id of today can be larger than {@code 1<<32}, so a number alone cannot say which
 * era it comes from: the export's own era is decided from the first message that shows it (a
 * {@code from_id} or {@code actor_id} as string or number, or a {@code date_unixtime}, which only
 * exports of 3.7.6 and later have) and then holds for the whole file.
 */
final class PeerIds {

    /** How ids are written in this export. */
    enum Era {
        /** Not decided yet. */
        UNKNOWN,
        /** Numbers, before 2.7.2. */
        LEGACY,
        /** Strings and bare numbers, 2.7.2 and later. */
        MODERN
    }

    private static final long BARE = 0xFFFF_FFFFL;

    private Era era = Era.UNKNOWN;

    /** The era decided so far. */
    Era era() {
        return era;
    }

    /** Whether the era is known. */
    boolean decided() {
        return era != Era.UNKNOWN;
    }

    /** Decides for the modern form when nothing in the file decided (ids are then read as written). */
    void assumeModern() {
        if (era == Era.UNKNOWN) {
            era = Era.MODERN;
        }
    }

    /**
     * Looks at a message (or a contact) for evidence of the era.
     *
     * @param object the message's fields
     */
    void observe(Map<String, Object> object) {
        if (era != Era.UNKNOWN) {
            return;
        }
        Object sender = object.containsKey("from_id") ? object.get("from_id") : object.get("actor_id");
        if (sender instanceof String) {
            era = Era.MODERN;
        } else if (sender instanceof Number) {
            era = Era.LEGACY;
        } else if (object.get("date_unixtime") != null) {
            era = Era.MODERN;
        }
    }

    /**
     * A chat id as current exports write it.
     *
     * @param written the {@code id} of the chat
     * @return the bare id
     */
    long chatId(long written) {
        return era == Era.LEGACY ? bare(written) : written;
    }

    /**
     * A user id of the account sections ({@code personal_information}, {@code contacts}) as a peer id.
     *
     * @param written the number written
     * @return e.g. {@code user123}
     */
    String user(long written) {
        return ChatType.PeerClass.USER.prefix() + (era == Era.LEGACY ? bare(written) : written);
    }

    /**
     * A sender id ({@code from_id}, {@code actor_id}, {@code reply_to_peer_id}) in the current form.
     *
     * @param written the value written: a string, a number, or {@code null}
     * @param chat the chat the message is in (a group or channel sender may be the chat itself)
     * @param chatId the chat's bare id
     * @return e.g. {@code user123}, or {@code null} when nothing was written
     */
    static String sender(Object written, ChatType chat, long chatId) {
        if (written instanceof String text) {
            return text;
        }
        if (!(written instanceof Long number)) {
            return null;
        }
        long value = number;
        long high = value >>> 32;
        long bare = value & BARE;
        if (high == 1) {
            return ChatType.PeerClass.USER.prefix() + bare;
        }
        if (high == 2) {
            ChatType.PeerClass peerClass = bare == chatId && chat.peerClass() != ChatType.PeerClass.USER
                    ? chat.peerClass()
                    : chat.peerClass() == ChatType.PeerClass.CHAT ? ChatType.PeerClass.CHAT : ChatType.PeerClass.CHANNEL;
            return peerClass.prefix() + bare;
        }
        return ChatType.PeerClass.USER.prefix() + value;
    }

    private static long bare(long written) {
        long high = written >>> 32;
        return high == 1 || high == 2 ? written & BARE : written;
    }
}
