package org.trasloco.xmpp.archive.verify;

import java.time.Instant;
import java.util.Objects;

/**
 * One message the read-back found wrong.
 *
 * @param kind what is wrong
 * @param id the message's id
 * @param instant when it was written
 * @param detail what differs (for {@link Kind#DIFFERENT}: the fields), or the number of copies
 */
public record Finding(Kind kind, String id, Instant instant, String detail) {

    /** What is wrong. */
    public enum Kind {
        /** Not in the archive. */
        MISSING,
        /** In the archive, but not as sent. */
        DIFFERENT,
        /** In the archive more often than the server stores a message. */
        DUPLICATED
    }

    /**
     * Checks the components.
     *
     * @param kind the kind
     * @param id the id
     * @param instant the moment
     * @param detail the detail
     */
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(detail, "detail");
    }
}
