package org.trasloco.move.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.move.MoveMessages;
import org.trasloco.move.choices.MoveChoices;

/**
 * Finds the groups a user names: by their key ({@code whatsapp/Family}) or their name, which must
 * then be one group's (two groups of the same name are told apart by their keys).
 */
final class GroupNames {

    private GroupNames() {
    }

    /**
     * The answers by group key.
     *
     * @param answers the answers by the name or key the user typed
     * @param groups the groups that move
     * @param <T> the answers' type
     * @return the same answers by {@link MoveChoices#keyOf}
     * @throws TraslocoException {@code USAGE} when a name is no group's, or several groups'
     */
    static <T> Map<String, T> resolve(Map<String, T> answers, List<ConversationSummary> groups) {
        Map<String, T> resolved = new LinkedHashMap<>();
        answers.forEach((typed, answer) -> resolved.put(MoveChoices.keyOf(find(typed, groups)), answer));
        return resolved;
    }

    private static ConversationSummary find(String typed, List<ConversationSummary> groups) {
        String name = typed.strip();
        for (ConversationSummary group : groups) {
            if (MoveChoices.keyOf(group).equals(name)) {
                return group;
            }
        }
        List<ConversationSummary> named = groups.stream().filter(group -> group.title().equals(name)).toList();
        if (named.isEmpty()) {
            named = groups.stream().filter(group -> group.title().toLowerCase(Locale.ROOT)
                    .equals(name.toLowerCase(Locale.ROOT))).toList();
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, LocalizedText.of(MoveMessages.GROUP_UNKNOWN, typed,
                    groups.stream().map(ConversationSummary::title).collect(Collectors.joining(", "))), null);
        }
        throw new TraslocoException(TraslocoException.Kind.USAGE, LocalizedText.of(MoveMessages.GROUP_AMBIGUOUS, typed,
                named.stream().map(MoveChoices::keyOf).collect(Collectors.joining(", "))), null);
    }
}
