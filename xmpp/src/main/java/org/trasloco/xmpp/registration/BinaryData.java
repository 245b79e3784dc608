package org.trasloco.xmpp.registration;

import java.util.Arrays;
import java.util.Objects;

/**
 * Bytes with their media type, e.g. a CAPTCHA picture sent inside the form (XEP-0231).
 *
 * @param mediaType e.g. {@code image/png}
 * @param bytes the content (copied in and out)
 */
public record BinaryData(String mediaType, byte[] bytes) {

    /**
     * Copies the content.
     *
     * @param mediaType the media type
     * @param bytes the content
     */
    public BinaryData {
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** A copy of the content. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of bytes. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinaryData data && mediaType.equals(data.mediaType) && Arrays.equals(bytes, data.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BinaryData[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
