package org.trasloco.keepsake.conversations;

import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/** The texts of the phone-app backup: {@code org/trasloco/keepsake/conversations/messages*.properties}. */
public enum BackupText implements MessageKey {
    /** {0} file: not a Conversations backup, or a format version {1} this program does not know. */
    UNKNOWN_VERSION("backup.unknownVersion"),
    /** {0} file: a version 1 backup (Conversations 2.12.8 and older). */
    OLD_VERSION("backup.oldVersion"),
    /** {0} file: cannot be read at all. */
    UNREADABLE("backup.unreadable"),
    /** {0} file, {1} account: the password does not open it, or it is damaged. */
    WRONG_PASSWORD("backup.wrongPassword"),
    /** {0} file, {1} what is wrong: the content is not what the app writes. */
    MALFORMED("backup.malformed"),
    /** {0} file, {1} account: the backup's account row does not match its header or the password. */
    ACCOUNT_MISMATCH("backup.accountMismatch"),
    /** A conversation with no address given is left out. */
    SKIP_NO_ADDRESS("skip.noAddress"),
    /** A direct chat given a group address or the reverse. */
    SKIP_KIND_MISMATCH("skip.kindMismatch"),
    /** {0} room: the app has not joined it, so it is left out. */
    SKIP_ROOM_NOT_IN_APP("skip.roomNotInApp"),
    /** {0} address: the app has a conversation of the other kind with it. */
    SKIP_ADDRESS_TAKEN("skip.addressTaken"),
    /** A channel (one-way broadcast) has no place in the app. */
    SKIP_CHANNEL("skip.channel"),
    /** {0} newest imported day, {1} newest day already in the app. */
    WARN_NEWER_THAN_APP("warn.newerThanApp");

    private final String key;

    BackupText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.keepsake.conversations.messages";
    }

    @Override
    public String key() {
        return key;
    }

    /**
     * Formats this text.
     *
     * @param locale the reader's language
     * @param args the pattern's arguments
     * @return the text
     */
    public String format(Locale locale, Object... args) {
        return LocalizedText.of(this, args).format(locale);
    }
}
