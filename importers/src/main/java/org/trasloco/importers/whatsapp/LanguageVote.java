package org.trasloco.importers.whatsapp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts the languages of the WhatsApp markers and notices seen in one chat: WhatsApp writes them in
 * its user's language, so the most frequent one is the language the export was made in. A tie tells
 * nothing. Not thread-safe; one per chat.
 */
final class LanguageVote {

    private final Map<Locale, Integer> votes = new HashMap<>();

    /** Counts one marker's language; {@code null} (no language) is ignored. */
    void accept(Locale language) {
        if (language != null) {
            votes.merge(language, 1, Integer::sum);
        }
    }

    /** The language seen most often, unless another was seen as often. */
    Optional<Locale> winner() {
        Locale best = null;
        int most = 0;
        boolean tied = false;
        for (Map.Entry<Locale, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > most) {
                best = vote.getKey();
                most = vote.getValue();
                tied = false;
            } else if (vote.getValue() == most) {
                tied = true;
            }
        }
        return tied ? Optional.empty() : Optional.ofNullable(best);
    }
}
