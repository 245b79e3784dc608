package org.trasloco.core.history;

import java.util.Objects;

/**
 * A file a message carries.
 *
 * @param fileName the name as the export writes it (WhatsApp: the name in the marker; Telegram: the
 *     path relative to the export root)
 * @param mediaType the media type guessed from the name, e.g. {@code image/jpeg}
 * @param present whether the file itself is in the export
 * @param location where the file is inside the export (zip entry name or path relative to the export
 *     folder) when present, else {@code null}
 */
public record Attachment(String fileName, String mediaType, boolean present, String location) {

    /**
     * Checks the components.
     *
     * @param fileName the name as written
     * @param mediaType the media type
     * @param present whether the file is in the export
     * @param location where it is, or {@code null}
     */
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        if (present && location == null) {
            throw new IllegalArgumentException("a present attachment needs a location");
        }
    }
}
