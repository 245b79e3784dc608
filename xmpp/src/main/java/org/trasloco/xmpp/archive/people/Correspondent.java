package org.trasloco.xmpp.archive.people;

import java.util.Objects;

/** Who a participant of a conversation is on XMPP. */
public sealed interface Correspondent {

    /** The user themself: the archive's owner. */
    record Me() implements Correspondent {
    }

    /**
     * A person with a known XMPP address.
     *
     * @param address the bare address, e.g. {@code bob@example.org}
     */
    record Known(String address) implements Correspondent {

        /**
         * Checks the address.
         *
         * @param address the bare address
         */
        public Known {
            Objects.requireNonNull(address, "address");
        }
    }

    /** A person whose XMPP address is not known (yet). */
    record Unknown() implements Correspondent {
    }

    /** The user. */
    Correspondent ME = new Me();
    /** Someone not mapped. */
    Correspondent UNKNOWN = new Unknown();
}
