package org.trasloco.importers.telegram.chat;

import org.trasloco.core.history.ConversationKind;

/**
 * The kinds of chat Telegram Desktop exports, as its JSON {@code type} names them, with what each
 * means for Trasloco: the conversation kind, and the class of peer id that the chat id belongs to
 * (user, basic group or channel ids are separate number spaces, so a chat is keyed by both).
 */
public enum ChatType {
    /** A chat with one person. */
    PERSONAL("personal_chat", ConversationKind.DIRECT, PeerClass.USER),
    /** A chat with a bot. */
    BOT("bot_chat", ConversationKind.DIRECT, PeerClass.USER),
    /** Saved Messages, the chat with oneself; the export gives it no name. */
    SAVED_MESSAGES("saved_messages", ConversationKind.DIRECT, PeerClass.USER),
    /** The "Replies" service chat; no name. */
    REPLIES("replies", ConversationKind.DIRECT, PeerClass.USER),
    /** The "Verification Codes" service chat (since 5.6.0); no name. */
    VERIFICATION_CODES("verification_codes", ConversationKind.DIRECT, PeerClass.USER),
    /** A basic group. */
    PRIVATE_GROUP("private_group", ConversationKind.GROUP, PeerClass.CHAT),
    /** A supergroup without a public username at export time. */
    PRIVATE_SUPERGROUP("private_supergroup", ConversationKind.GROUP, PeerClass.CHANNEL),
    /** A supergroup with a public username at export time. */
    PUBLIC_SUPERGROUP("public_supergroup", ConversationKind.GROUP, PeerClass.CHANNEL),
    /** A channel without a public username at export time. */
    PRIVATE_CHANNEL("private_channel", ConversationKind.CHANNEL, PeerClass.CHANNEL),
    /** A channel with a public username at export time. */
    PUBLIC_CHANNEL("public_channel", ConversationKind.CHANNEL, PeerClass.CHANNEL),
    /** A type this version of Trasloco does not know, or {@code null} in the export. */
    UNKNOWN("", ConversationKind.DIRECT, PeerClass.PEER);

    /** The number space a chat id belongs to, written as the prefix of Telegram's peer ids. */
    public enum PeerClass {
        /** Users (and bots): {@code user123}. */
        USER("user"),
        /** Basic groups: {@code chat123}. */
        CHAT("chat"),
        /** Supergroups and channels: {@code channel123}. */
        CHANNEL("channel"),
        /** Not known. */
        PEER("peer");

        private final String prefix;

        PeerClass(String prefix) {
            this.prefix = prefix;
        }

        /** The prefix of peer ids of this class, e.g. {@code user}. */
        public String prefix() {
            return prefix;
        }
    }

    private final String id;
    private final ConversationKind kind;
    private final PeerClass peerClass;

    ChatType(String id, ConversationKind kind, PeerClass peerClass) {
        this.id = id;
        this.kind = kind;
        this.peerClass = peerClass;
    }

    /** The value of the JSON {@code type} field, e.g. {@code personal_chat}. */
    public String id() {
        return id;
    }

    /** What kind of conversation this is in Trasloco's model. */
    public ConversationKind kind() {
        return kind;
    }

    /** The number space of the chat's id. */
    public PeerClass peerClass() {
        return peerClass;
    }

    /** Whether this is a channel (posts by the channel, service lines without an actor's name). */
    public boolean isChannel() {
        return kind == ConversationKind.CHANNEL;
    }

    /**
     * The conversation key of a chat of this type: its peer class and bare id, e.g. {@code user42}.
     * It does not change when the chat is renamed or exported again.
     *
     * @param bareId the chat id as the export writes it since Telegram Desktop 2.7.2
     * @return the key
     */
    public String key(long bareId) {
        return peerClass.prefix() + bareId;
    }

    /**
     * Finds a type by its JSON name.
     *
     * @param id the {@code type} value, or {@code null}
     * @return the type, {@link #UNKNOWN} for {@code null} or an unknown name
     */
    public static ChatType ofId(String id) {
        if (id != null) {
            for (ChatType type : values()) {
                if (type.id.equals(id)) {
                    return type;
                }
            }
        }
        return UNKNOWN;
    }
}
