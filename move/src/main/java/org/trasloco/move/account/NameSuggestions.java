package org.trasloco.move.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.registration.NewAccountName;

/**
 * Names to propose for a new address: one made from the person's own name to start with, and,
 * when a server says a name is taken, a few others that look free. "Look": a server only tells
 * whether a name is free by refusing to create the account (XEP-0077 has no question for it), so
 * every suggestion is checked when the account is created.
 */
public final class NameSuggestions {

    private static final int MAX_SUGGESTIONS = 4;

    private final RandomGenerator random;

    /**
     * Suggestions with a source of randomness (for the numbers added to a name).
     *
     * @param random e.g. {@code RandomGenerator.getDefault()}; a seeded one in tests
     */
    public NameSuggestions(RandomGenerator random) {
        this.random = random;
    }

    /**
     * The name of the person who moves, as they confirmed it in the people step.
     *
     * @param choices the move
     * @return the name, when someone was marked as "me"
     */
    public static Optional<String> personName(MoveChoices choices) {
        return choices.workspace().contacts().stream().filter(contact -> contact.decision() == Decision.ME)
                .map(Contact::name).findFirst();
    }

    /**
     * A first name to propose, made from the person's name: {@code Jess Moreau} gives
     * {@code jess.moreau}, {@code Nicolò} gives {@code nicolo}.
     *
     * @param personName the person's name
     * @return the name, when the person's name has letters to make one from
     */
    public static Optional<String> fromPersonName(String personName) {
        List<String> words = words(personName);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return usable(String.join(".", words.size() > 2 ? List.of(words.get(0), words.get(words.size() - 1)) : words));
    }

    /**
     * Other names when {@code taken} is taken: the person's first and last name joined in other
     * ways, the taken name with their last name, and the taken name with a number.
     *
     * @param taken the name the server refused
     * @param personName the person's name, if known
     * @return up to four names, different from {@code taken} and from each other
     */
    public List<String> after(String taken, Optional<String> personName) {
        String base = usable(taken).orElse("");
        List<String> words = personName.map(NameSuggestions::words).orElse(List.of());
        Set<String> names = new LinkedHashSet<>();
        if (words.size() >= 2) {
            String first = words.get(0);
            String last = words.get(words.size() - 1);
            names.add(first + "." + last);
            names.add(first + last);
            names.add(first + "." + last.charAt(0));
            if (!base.isEmpty() && !base.contains(last)) {
                names.add(base + "." + last);
            }
        }
        String stem = base.isEmpty() && !words.isEmpty() ? words.get(0) : base;
        if (!stem.isEmpty()) {
            names.add(stem + (10 + random.nextInt(90)));
            names.add(stem + "." + (100 + random.nextInt(900)));
        }
        names.remove(base);
        List<String> suggestions = new ArrayList<>();
        for (String name : names) {
            usable(name).ifPresent(suggestions::add);
        }
        return List.copyOf(suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size())));
    }

    /** The letters and digits of a name, lower case and without accents, word by word. */
    private static List<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).toList();
    }

    private static Optional<String> usable(String name) {
        return NewAccountName.check(name) instanceof NewAccountName.Usable usable ? Optional.of(usable.name())
                : Optional.empty();
    }
}
