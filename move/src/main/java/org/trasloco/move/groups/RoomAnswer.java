package org.trasloco.move.groups;

import java.util.Objects;

/** The user's answer for a group whose room address is in use (or which should go elsewhere). */
public sealed interface RoomAnswer {

    /**
     * Put the group into a room of another name.
     *
     * @param name the room's name on the service, or its whole address there
     */
    record Rename(String name) implements RoomAnswer {
        /**
         * Checks the name.
         *
         * @param name the name
         */
        public Rename {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Put the group into the existing room of its address, which must be the user's own. */
    record UseExisting() implements RoomAnswer {
    }
}
