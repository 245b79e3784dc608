package org.trasloco.core.contacts;

import java.util.Objects;

/**
 * A correction the user made: two participants are one person, or two different people. It
 * outweighs everything the automatic merge finds.
 *
 * @param first one participant
 * @param second the other participant
 * @param same {@code true} for "the same person", {@code false} for "not the same person"
 */
public record ParticipantLink(ParticipantKey first, ParticipantKey second, boolean same) {

    /**
     * Checks the components.
     *
     * @param first one participant
     * @param second the other
     * @param same whether they are one person
     */
    public ParticipantLink {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
