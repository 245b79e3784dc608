package org.trasloco.xmpp.registration;

import java.util.Objects;
import java.util.Optional;

/**
 * One way to get a field's picture, sound or video (XEP-0221): a URI and, when the server sent the
 * bytes along (a {@code cid:} URI with XEP-0231 data, or a {@code data:} URI), the bytes themselves.
 *
 * @param mediaType e.g. {@code image/png}
 * @param uri where the media is ({@code cid:…}, {@code https://…}, {@code data:…})
 * @param data the bytes when available without another request, or {@code null}
 */
public record MediaItem(String mediaType, String uri, BinaryData data) {

    /**
     * Checks the values.
     *
     * @param mediaType the media type
     * @param uri the URI
     * @param data the bytes, or {@code null}
     */
    public MediaItem {
        Objects.requireNonNull(uri, "uri");
        mediaType = mediaType == null || mediaType.isBlank() ? (data == null ? "application/octet-stream" : data.mediaType())
                : mediaType;
    }

    /** The bytes, when they came with the form. */
    public Optional<BinaryData> bytes() {
        return Optional.ofNullable(data);
    }

    /** Whether this is a picture. */
    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    /** Whether this is a web address a user could open. */
    public boolean isWebLink() {
        return uri.startsWith("https://") || uri.startsWith("http://");
    }
}
