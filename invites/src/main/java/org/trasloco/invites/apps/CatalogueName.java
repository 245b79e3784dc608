package org.trasloco.invites.apps;

import java.util.Optional;
import java.util.stream.Stream;

/** Something {@code apps.json} names by an id and people by a label: a platform or a store. */
interface CatalogueName {

    /** The name used in {@code apps.json}. */
    String id();

    /** The name for people. */
    AppsText label();

    /** The constant of {@code type} with this id. */
    static <E extends Enum<E> & CatalogueName> Optional<E> find(Class<E> type, String id) {
        return Stream.of(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }
}
