package org.trasloco.xmpp.archive.people;

import java.util.Objects;
import java.util.Set;
import org.trasloco.core.history.Network;

/**
 * Knows only the user's own names: every other participant is {@link Correspondent#UNKNOWN} and so
 * gets a {@link PlaceholderAddress}. Used until the people step maps contacts.
 */
public final class PlaceholderCorrespondents implements Correspondents {

    private final Set<String> myNames;

    /**
     * Correspondents where these names are the user.
     *
     * @param myNames the names the user appears under in the exports
     */
    public PlaceholderCorrespondents(Set<String> myNames) {
        this.myNames = Set.copyOf(Objects.requireNonNull(myNames, "myNames"));
    }

    /** The names that are the user. */
    public Set<String> myNames() {
        return myNames;
    }

    @Override
    public Correspondent resolve(Network network, String conversationKey, String participantName) {
        return myNames.contains(participantName) ? Correspondent.ME : Correspondent.UNKNOWN;
    }
}
