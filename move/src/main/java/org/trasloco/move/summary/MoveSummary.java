package org.trasloco.move.summary;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.move.choices.ChosenAccount;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.login.AccountAddress;

/**
 * What a move did, as its last step tells it: the new address, how many messages the read-back of
 * the archive confirmed, the people invited and those marked sent, where the kit was saved, and where
 * the move itself is kept.
 */
public final class MoveSummary {

    private final Path workspace;
    private final AccountAddress address;
    private final MoveChoices.Verified verified;
    private final int invited;
    private final int sent;
    private final Path kit;

    private MoveSummary(Path workspace, AccountAddress address, MoveChoices.Verified verified, int invited, int sent,
            Path kit) {
        this.workspace = workspace;
        this.address = address;
        this.verified = verified;
        this.invited = invited;
        this.sent = sent;
        this.kit = kit;
    }

    /**
     * Reads a move's summary from its choices.
     *
     * @param choices the move
     * @return the summary
     */
    public static MoveSummary of(MoveChoices choices) {
        Optional<AccountAddress> address = choices.account().map(ChosenAccount::address);
        List<Long> invitedIds = choices.workspace().contacts().stream().filter(c -> c.decision() == Decision.INVITE)
                .map(Contact::id).toList();
        Set<Long> marked = choices.invitationsSent();
        int sent = (int) invitedIds.stream().filter(marked::contains).count();
        return new MoveSummary(choices.workspace().file(), address.orElse(null),
                address.flatMap(choices::verified).orElse(null), invitedIds.size(), sent, choices.kit().orElse(null));
    }

    /** The move's workspace file. */
    public Path workspace() {
        return workspace;
    }

    /** The new address, once there is one. */
    public Optional<AccountAddress> address() {
        return Optional.ofNullable(address);
    }

    /** What the last read-back of the archive confirmed, if the history went in. */
    public Optional<MoveChoices.Verified> verified() {
        return Optional.ofNullable(verified);
    }

    /** How many people are to be invited. */
    public int invited() {
        return invited;
    }

    /** How many of them the user marked as sent. */
    public int sent() {
        return sent;
    }

    /** Where the kit was saved, if it was. */
    public Optional<Path> kit() {
        return Optional.ofNullable(kit);
    }
}
