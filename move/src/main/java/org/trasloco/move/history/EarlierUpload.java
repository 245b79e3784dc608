package org.trasloco.move.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trasloco.core.workspace.ServerInvitationStore;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.core.address.XmppAddress;

/**
 * What the workspace remembers of uploads to an account's archive, read without a connection: how
 * many messages were sent and confirmed (its ledger), and the last read-back. Tells a front-end
 * that reopens a move whether an upload was under way, so it can offer to continue it.
 *
 * @param sent messages sent, confirmed or not
 * @param confirmed messages the server confirmed
 * @param verified the last read-back, if there was one
 * @param joinedSince the people who joined with a server invitation after that read-back, by name:
 *     their old chats (and group messages) get their new address at the next upload
 */
public record EarlierUpload(long sent, long confirmed, Optional<MoveChoices.Verified> verified,
        List<String> joinedSince) {

    /**
     * Checks the components.
     *
     * @param sent messages sent
     * @param confirmed messages confirmed
     * @param verified the last read-back
     * @param joinedSince who joined since
     */
    public EarlierUpload {
        Objects.requireNonNull(verified, "verified");
        joinedSince = List.copyOf(joinedSince);
    }

    /**
     * Reads what the workspace remembers.
     *
     * @param choices the move's choices (and its workspace)
     * @param account the account
     * @return what is known
     */
    public static EarlierUpload of(MoveChoices choices, XmppAddress account) {
        UploadLedger.Counts counts = choices.workspace().uploadLedger(account.toString()).counts();
        Optional<MoveChoices.Verified> verified = choices.verified(account);
        List<String> joined = verified.map(last -> choices.workspace().serverInvitations(account.toString()).all()
                .stream().filter(invitation -> invitation.usedAt() != null && invitation.usedAt().isAfter(last.at()))
                .map(ServerInvitationStore.Invitation::name).toList()).orElse(List.of());
        return new EarlierUpload(counts.sent(), counts.acknowledged(), verified, joined);
    }

    /**
     * Whether an upload began and did not end with a complete read-back of what it sent (it was
     * stopped, the app closed, or the read-back found a difference): the next run continues it.
     */
    public boolean unfinished() {
        if (sent == 0) {
            return false;
        }
        return verified.map(last -> !last.complete() || last.confirmed() < confirmed || sent > confirmed)
                .orElse(true);
    }

    /** Whether the last read-back confirmed every message and nothing was sent since. */
    public boolean confirmedEarlier() {
        return verified.isPresent() && verified.get().complete() && !unfinished();
    }
}
