package org.trasloco.xmpp.archive.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;

/**
 * Finds which participant is the user when nobody said so, per network: in a direct chat the
 * export names the chat after the other person, so the user is whoever else wrote there; the name
 * that does so in every direct chat is the user. Without direct chats, the one name present in every
 * conversation is. When that leaves no single name, the user has to say it.
 */
public final class MeGuess {

    private MeGuess() {
    }

    /**
     * The user's names, one per network where they could be found.
     *
     * @param workspace the workspace
     * @param conversations the conversations to look at
     * @return the names; empty when the user has to say it
     */
    public static Set<String> guess(Workspace workspace, List<ConversationSummary> conversations) {
        Set<String> names = new LinkedHashSet<>();
        for (Network network : Network.values()) {
            List<ConversationSummary> ofNetwork = conversations.stream().filter(c -> c.network() == network).toList();
            Set<String> direct = intersection(workspace, ofNetwork.stream()
                    .filter(c -> c.kind() == ConversationKind.DIRECT).toList(), true);
            Set<String> found = direct.size() == 1 ? direct : intersection(workspace, ofNetwork, false);
            if (found.size() == 1) {
                names.addAll(found);
            }
        }
        return names;
    }

    /**
     * Everyone who wrote in these conversations, for telling the user whom to choose from.
     *
     * @param workspace the workspace
     * @param conversations the conversations
     * @return the names, sorted
     */
    public static Set<String> participants(Workspace workspace, Collection<ConversationSummary> conversations) {
        Set<String> names = new TreeSet<>();
        for (ConversationSummary conversation : conversations) {
            workspace.participants(conversation.network(), conversation.key()).forEach(p -> names.add(p.name()));
        }
        return names;
    }

    private static Set<String> intersection(Workspace workspace, List<ConversationSummary> conversations,
            boolean withoutTitle) {
        Set<String> common = null;
        for (ConversationSummary conversation : conversations) {
            Set<String> here = new HashSet<>();
            for (Participant participant : workspace.participants(conversation.network(), conversation.key())) {
                if (participant.messageCount() > 0 && !(withoutTitle && participant.name().equals(conversation.title()))) {
                    here.add(participant.name());
                }
            }
            if (here.isEmpty()) {
                continue;
            }
            if (common == null) {
                common = here;
            } else {
                common.retainAll(here);
            }
        }
        return common == null ? Set.of() : common;
    }
}
