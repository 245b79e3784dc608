package org.trasloco.importers.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trasloco.core.contacts.ChatParticipant;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.contacts.SystemLine;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Network;

/**
 * Finds the user among the people of the history:
 * <ol>
 * <li>where an export says who made it (the merge put every export owner into one group);</li>
 * <li>otherwise the one person who is in every conversation and is not ruled out by WhatsApp's own
 *     words: WhatsApp writes the exporter's actions and mentions in the second person ("You added
 *     Bob", "Ada added you", "Your security code with Bob changed"), so anyone named in a system
 *     line is someone else, and so is the person a direct chat is named after.</li>
 * </ol>
 * The finding is a proposal: the user can always confirm or correct it.
 */
public final class MeDetector {

    private MeDetector() {
    }

    /**
     * Looks for the user.
     *
     * @param groups the people, as merged
     * @param whatsAppSystemLines the system lines of the WhatsApp conversations
     * @return the finding
     */
    public static MeFinding find(List<PersonGroup> groups, List<SystemLine> whatsAppSystemLines) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).exportOwner()) {
                return new MeFinding(i, MeFinding.Basis.EXPORT_OWNER, List.of());
            }
        }
        Set<String> conversations = new HashSet<>();
        for (PersonGroup group : groups) {
            for (ChatParticipant member : group.members()) {
                conversations.add(conversationOf(member.key()));
            }
        }
        Map<String, List<String>> linesByConversation = new HashMap<>();
        for (SystemLine line : whatsAppSystemLines) {
            linesByConversation.computeIfAbsent(Network.WHATSAPP.id() + "\u0000" + line.conversationKey(),
                    k -> new ArrayList<>()).add(withoutMarks(line.text()));
        }
        List<Integer> everywhere = new ArrayList<>();
        List<Integer> possible = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            PersonGroup group = groups.get(i);
            if (ruledOut(group, linesByConversation)) {
                continue;
            }
            possible.add(i);
            Set<String> present = new HashSet<>();
            group.members().forEach(member -> present.add(conversationOf(member.key())));
            if (present.containsAll(conversations)) {
                everywhere.add(i);
            }
        }
        if (everywhere.size() == 1) {
            return new MeFinding(everywhere.get(0), MeFinding.Basis.EVERY_CHAT, List.of());
        }
        List<Integer> candidates = new ArrayList<>(everywhere.isEmpty() ? possible : everywhere);
        candidates.sort(Comparator.comparingInt((Integer i) -> -conversationCount(groups.get(i)))
                .thenComparingLong(i -> -groups.get(i).messages()));
        return new MeFinding(-1, null, candidates);
    }

    private static boolean ruledOut(PersonGroup group, Map<String, List<String>> linesByConversation) {
        for (ChatParticipant member : group.members()) {
            if (member.key().network() != Network.WHATSAPP) {
                continue;
            }
            String name = member.participant().name();
            if (member.conversationKind() == ConversationKind.DIRECT && name.equals(member.conversationTitle())) {
                return true;
            }
            for (String line : linesByConversation.getOrDefault(conversationOf(member.key()), List.of())) {
                if (mentions(line, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code line} contains {@code name} as a whole (not inside a longer word). */
    static boolean mentions(String line, String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(line.codePointBefore(at));
            boolean endsWord = end == line.length() || !Character.isLetterOrDigit(line.codePointAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static int conversationCount(PersonGroup group) {
        Set<String> present = new HashSet<>();
        group.members().forEach(member -> present.add(conversationOf(member.key())));
        return present.size();
    }

    private static String conversationOf(ParticipantKey key) {
        return key.network().id() + "\u0000" + key.conversationKey();
    }

    private static String withoutMarks(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(visible::appendCodePoint);
        return visible.toString();
    }
}
