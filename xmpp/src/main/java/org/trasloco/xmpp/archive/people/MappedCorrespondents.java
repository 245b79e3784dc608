package org.trasloco.xmpp.archive.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.contacts.ParticipantKey;
import org.trasloco.core.history.Network;
import org.trasloco.core.workspace.Workspace;

/**
 * The people step's decisions as correspondents: a participant whose contact is "me" is the user, one
 * whose contact has a known XMPP address is that address, everyone else (invited, skipped, undecided,
 * or imported after the people were last sorted out) is {@link Correspondent#UNKNOWN} and so gets a
 * {@link PlaceholderAddress}. Names given as the user's own win over the stored decisions.
 */
public final class MappedCorrespondents implements Correspondents {

    private final Map<ParticipantKey, Correspondent> byParticipant;
    private final Set<String> myNames;

    private MappedCorrespondents(Map<ParticipantKey, Correspondent> byParticipant, Set<String> myNames) {
        this.byParticipant = byParticipant;
        this.myNames = myNames;
    }

    /**
     * Reads the decisions stored in a workspace.
     *
     * @param workspace the workspace
     * @param myNames names that are the user whatever the decisions say (may be empty)
     * @return the correspondents
     */
    public static MappedCorrespondents of(Workspace workspace, Set<String> myNames) {
        Objects.requireNonNull(workspace, "workspace");
        Map<Long, Correspondent> byContact = new HashMap<>();
        for (Contact contact : workspace.people().contacts()) {
            if (contact.decision() == Decision.ME) {
                byContact.put(contact.id(), Correspondent.ME);
            } else if (contact.decision() == Decision.KNOWN && contact.xmppAddress() != null) {
                byContact.put(contact.id(), new Correspondent.Known(contact.xmppAddress()));
            }
        }
        Map<ParticipantKey, Correspondent> byParticipant = new HashMap<>();
        workspace.people().memberships().forEach((participant, contactId) -> {
            Correspondent mapped = byContact.get(contactId);
            if (mapped != null) {
                byParticipant.put(participant, mapped);
            }
        });
        return new MappedCorrespondents(byParticipant, Set.copyOf(myNames));
    }

    /**
     * The same decisions with other names that are the user.
     *
     * @param names names that are the user whatever the decisions say
     * @return the correspondents
     */
    public MappedCorrespondents withMyNames(Set<String> names) {
        return new MappedCorrespondents(byParticipant, Set.copyOf(names));
    }

    /**
     * Whether the decisions say who the user is.
     *
     * @return true when some participant's contact is "me"
     */
    public boolean knowsMe() {
        return byParticipant.containsValue(Correspondent.ME);
    }

    @Override
    public Correspondent resolve(Network network, String conversationKey, String participantName) {
        if (myNames.contains(participantName)) {
            return Correspondent.ME;
        }
        return byParticipant.getOrDefault(new ParticipantKey(network, conversationKey, participantName),
                Correspondent.UNKNOWN);
    }
}
