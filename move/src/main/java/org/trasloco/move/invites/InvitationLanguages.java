package org.trasloco.move.invites;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.invites.Languages;
import org.trasloco.move.choices.MoveChoices;

/**
 * The language each person's invitation is written in: the one the user chose for them; else the
 * language of the chats they are in, where the exports tell it (WhatsApp writes its own words, such
 * as "media omitted", in its user's language); else the user's own language. Only languages the
 * invitations can be written in ({@link Languages#SUPPORTED}) count. Reads the workspace once.
 */
public final class InvitationLanguages {

    private final MoveChoices choices;
    private final Locale userLanguage;
    private final Map<Long, Map<Locale, Integer>> chatLanguages;
    private final Map<Locale, Integer> allExports;

    private InvitationLanguages(MoveChoices choices, Locale userLanguage, Map<Long, Map<Locale, Integer>> chatLanguages,
            Map<Locale, Integer> allExports) {
        this.choices = choices;
        this.userLanguage = userLanguage;
        this.chatLanguages = chatLanguages;
        this.allExports = allExports;
    }

    /**
     * Reads what the move's exports tell.
     *
     * @param choices the move
     * @param userLanguage the user's language (the window's, or the command line's)
     * @return the languages
     */
    public static InvitationLanguages of(MoveChoices choices, Locale userLanguage) {
        Objects.requireNonNull(userLanguage, "userLanguage");
        Workspace workspace = choices.workspace();
        Map<Network, Map<String, Locale>> exports = new HashMap<>();
        Map<Locale, Integer> all = new HashMap<>();
        for (Network network : Network.values()) {
            Map<String, Locale> languages = workspace.exportLanguages(network);
            exports.put(network, languages);
            languages.values().forEach(language -> supported(language).ifPresent(l -> all.merge(l, 1, Integer::sum)));
        }
        Map<Long, Map<Locale, Integer>> byContact = new HashMap<>();
        for (Map.Entry<ParticipantKey, Long> member : workspace.people().memberships().entrySet()) {
            ParticipantKey key = member.getKey();
            Locale language = exports.get(key.network()).get(key.conversationKey());
            if (language != null) {
                supported(language).ifPresent(l -> byContact.computeIfAbsent(member.getValue(), id -> new HashMap<>())
                        .merge(l, 1, Integer::sum));
            }
        }
        return new InvitationLanguages(choices, Languages.resolve(userLanguage, Languages.SUPPORTED.get(0)), byContact,
                all);
    }

    /**
     * The language of a person's invitation.
     *
     * @param contactId the person
     * @return the language chosen for them, else their chats', else the user's
     */
    public Locale of(long contactId) {
        return choices.invitationLanguage(contactId).flatMap(InvitationLanguages::supported)
                .or(() -> fromChats(contactId)).orElse(userLanguage);
    }

    /**
     * The language of the chats a person is in, as their exports tell it: the one most of those
     * chats were exported in, the user's on a tie.
     *
     * @param contactId the person
     * @return the language, if an export told one
     */
    public Optional<Locale> fromChats(long contactId) {
        return mostFrequent(chatLanguages.getOrDefault(contactId, Map.of()));
    }

    /**
     * The language most of the move's chats were exported in: when someone moves a person they
     * help, the exports come from that person's phone, so it is the language they read.
     *
     * @return the language, if the exports told one
     */
    public Optional<Locale> ofTheExports() {
        return mostFrequent(allExports);
    }

    /** The user's language, as the invitations can be written in. */
    public Locale userLanguage() {
        return userLanguage;
    }

    private Optional<Locale> mostFrequent(Map<Locale, Integer> counts) {
        Locale best = null;
        int most = 0;
        for (Map.Entry<Locale, Integer> count : counts.entrySet()) {
            boolean more = count.getValue() > most;
            boolean tieToTheUser = count.getValue() == most && count.getKey().equals(userLanguage);
            if (more || tieToTheUser) {
                best = count.getKey();
                most = count.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Locale> supported(Locale language) {
        return Languages.parse(language.toLanguageTag());
    }
}
