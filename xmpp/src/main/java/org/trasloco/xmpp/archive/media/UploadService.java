package org.trasloco.xmpp.archive.media;

import java.util.Objects;
import org.jxmpp.jid.Jid;

/**
 * A server's HTTP File Upload service (XEP-0363).
 *
 * @param address the service's address, e.g. {@code upload.example.org}
 * @param maxFileSize the largest file it takes in bytes, or {@code 0} when it does not say
 */
public record UploadService(Jid address, long maxFileSize) {

    /**
     * Checks the components.
     *
     * @param address the address
     * @param maxFileSize the limit or 0
     */
    public UploadService {
        Objects.requireNonNull(address, "address");
    }

    /**
     * Whether a file of this size is taken.
     *
     * @param size bytes
     * @return {@code true} when within the limit (or there is none)
     */
    public boolean takes(long size) {
        return maxFileSize <= 0 || size <= maxFileSize;
    }
}
