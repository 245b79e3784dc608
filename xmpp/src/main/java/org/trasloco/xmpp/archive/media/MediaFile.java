package org.trasloco.xmpp.archive.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A file of an export, ready to be uploaded.
 *
 * @param name its file name
 * @param mediaType its media type
 * @param size its size in bytes
 * @param content opens its bytes
 */
public record MediaFile(String name, String mediaType, long size, Content content) {

    /** Opens the bytes of a file. */
    @FunctionalInterface
    public interface Content {

        /**
         * Opens the bytes.
         *
         * @return a stream; the caller closes it
         * @throws IOException when the file cannot be read
         */
        InputStream open() throws IOException;
    }

    /**
     * Checks the components.
     *
     * @param name the name
     * @param mediaType the media type
     * @param size the size
     * @param content the bytes
     */
    public MediaFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
