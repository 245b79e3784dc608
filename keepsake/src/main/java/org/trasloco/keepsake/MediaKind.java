package org.trasloco.keepsake;

import java.util.Locale;
import org.trasloco.core.history.Attachment;

/** How a keepsake shows an attachment: as a picture, a player, or a link to the file. */
public enum MediaKind {
    /** A photo or sticker a browser and the book can show. */
    PHOTO,
    /** A video: a player in the keepsake, a line of text in the book. */
    VIDEO,
    /** A voice note or other sound: a player in the keepsake, a line of text in the book. */
    AUDIO,
    /** Any other file: a link in the keepsake, a line of text in the book. */
    FILE;

    /**
     * The kind of an attachment, from its media type. Pictures a browser cannot show everywhere
     * (HEIC) count as files.
     *
     * @param attachment the attachment
     * @return its kind
     */
    public static MediaKind of(Attachment attachment) {
        String type = attachment.mediaType().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "image/jpeg", "image/png", "image/gif", "image/webp" -> PHOTO;
            default -> type.startsWith("video/") ? VIDEO : type.startsWith("audio/") ? AUDIO : FILE;
        };
    }
}
