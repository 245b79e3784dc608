package org.trasloco.keepsake;

import java.util.Locale;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;

/**
 * The texts every keepsake shares (the web folder, the book, the phone backup):
 * {@code org/trasloco/keepsake/messages*.properties}.
 */
public enum KeepsakeText implements MessageKey {
    /** A deleted message without text of its own. */
    MESSAGE_DELETED("message.deleted"),
    /** Said beside an edited message. */
    MESSAGE_EDITED("message.edited"),
    /** {0} the original sender of a forwarded message. */
    MESSAGE_FORWARDED("message.forwarded"),
    /** {0} the author of the message replied to. */
    MESSAGE_REPLY_TO("message.replyTo"),
    /** A reply whose original is not in the keepsake. */
    MESSAGE_REPLY_TO_EARLIER("message.replyToEarlier"),
    /** Said beside a time the export did not write for this message. */
    MESSAGE_APPROXIMATE_TIME("message.approximateTime"),
    /** A file the export left out ("media omitted"). */
    MESSAGE_MEDIA_OMITTED("message.mediaOmitted"),
    /** {0} file name of a photo. */
    ATTACHMENT_PHOTO("attachment.photo"),
    /** {0} file name of a video. */
    ATTACHMENT_VIDEO("attachment.video"),
    /** {0} file name of a voice note or sound. */
    ATTACHMENT_AUDIO("attachment.audio"),
    /** {0} file name of any other file. */
    ATTACHMENT_FILE("attachment.file"),
    /** {0} an attachment's description: the file is not in the keepsake. */
    ATTACHMENT_NOT_INCLUDED("attachment.notIncluded"),
    /** {0} how many more people are not named. */
    PEOPLE_MORE("people.more"),
    /** {0} number of messages. */
    COUNT_MESSAGES("count.messages"),
    /** {0} first day, {1} last day. */
    PERIOD("period"),
    /** {0} the output: it exists and is not a keepsake Trasloco made. */
    OUTPUT_EXISTS("output.exists"),
    /** {0} the output: writing it failed. */
    OUTPUT_FAILED("output.failed"),
    /** The selection holds no message. */
    SELECTION_EMPTY("selection.empty");

    private final String key;

    KeepsakeText(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "org.trasloco.keepsake.messages";
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
