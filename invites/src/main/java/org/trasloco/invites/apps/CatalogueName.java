package org.trasloco.invites.apps;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Something {@code apps.json} names by an id and people by a label: a platform or a store. Both are
 * derived from the constant's name, so a new platform or store is one constant and one text:
 * {@code GOOGLE_PLAY} has the id {@code googlePlay} and the label {@code AppsText.STORE_GOOGLE_PLAY}.
 */
interface CatalogueName {

    /** The constant's name (an enum's). */
    String name();

    /** The prefix of this kind's labels in {@link AppsText}, e.g. {@code STORE_}. */
    String labelPrefix();

    /** The name used in {@code apps.json}: the constant's name in lower camel case. */
    default String id() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            id.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return id.toString();
    }

    /** The name for people. */
    default AppsText label() {
        return AppsText.valueOf(labelPrefix() + name());
    }

    /** The constant of {@code type} with this id. */
    static <E extends Enum<E> & CatalogueName> Optional<E> find(Class<E> type, String id) {
        return Stream.of(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }
}
