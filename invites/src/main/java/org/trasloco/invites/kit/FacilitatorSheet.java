package org.trasloco.invites.kit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The workshop facilitator's sheet: who is there, which address each gets, and a checklist to
 * tick during the workshop.
 *
 * @param server the server the accounts are on
 * @param rows one row per participant, in the order of the kits
 */
public record FacilitatorSheet(String server, List<Row> rows) {

    /**
     * One participant.
     *
     * @param name their name
     * @param language the language of their kit
     * @param address their address
     * @param suggested whether the address was made up from their name (to check it is still free)
     */
    public record Row(String name, Locale language, String address, boolean suggested) {

        /**
         * Checks the parts.
         *
         * @param name the name
         * @param language the language
         * @param address the address
         * @param suggested whether it was made up
         */
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * Checks and copies.
     *
     * @param server the server
     * @param rows the rows
     */
    public FacilitatorSheet {
        Objects.requireNonNull(server, "server");
        rows = List.copyOf(rows);
    }
}
