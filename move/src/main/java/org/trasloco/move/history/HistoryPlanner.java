package org.trasloco.move.history;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.people.Correspondents;
import org.trasloco.xmpp.archive.people.MappedCorrespondents;
import org.trasloco.xmpp.archive.people.MeGuess;
import org.trasloco.xmpp.archive.plan.EntryMaker;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.MediaLinks;
import org.trasloco.xmpp.login.AccountAddress;

/**
 * Builds the plan of a move's history for one account, the same way for the upload, its check and
 * the operator's file: the conversations the user chose, read in the zone they confirmed, each
 * message from or to the person the people step decided (the user found by their confirmed name,
 * the names given, or guessed from the chats), attachments linked once uploaded.
 */
public final class HistoryPlanner {

    private final MoveChoices choices;
    private final AccountAddress account;
    private final Set<String> myNames;

    /**
     * A planner.
     *
     * @param choices the move's choices (and through them its workspace)
     * @param account the account the history goes to
     * @param myNames the user's names as the exports write them, when the user gave them; empty to
     *     take the people step's answer or to guess
     */
    public HistoryPlanner(MoveChoices choices, AccountAddress account, Set<String> myNames) {
        this.choices = Objects.requireNonNull(choices, "choices");
        this.account = Objects.requireNonNull(account, "account");
        this.myNames = Set.copyOf(myNames);
    }

    /** The account planned for. */
    public AccountAddress account() {
        return account;
    }

    /**
     * The plan.
     *
     * @param notes whether every conversation becomes notes to the user's own address
     * @param labels the language of the labels written into notes and attachment lines
     * @param links where uploaded attachments can be fetched
     * @return the plan
     * @throws TraslocoException {@code USAGE} when the user's name is needed and unknown, or a name
     *     given is nobody in the chats
     */
    public HistoryPlan plan(boolean notes, Locale labels, MediaLinks links) {
        List<ConversationSummary> conversations = choices.moving();
        EntryMaker maker = new EntryMaker(account.toString(), people(conversations), labels, notes, links);
        return new HistoryPlan(choices.workspace(), conversations, choices.zoneOrSystem(), maker);
    }

    /** The attachments an earlier upload put on this account's server, as links. */
    public MediaLinks uploadedMedia() {
        UploadLedger ledger = choices.workspace().uploadLedger(account.toString());
        return (messageId, position) -> ledger.media(messageId, position).map(UploadLedger.MediaLink::url);
    }

    /** Who everyone is: the people step's decisions, with the user's names given or found. */
    private Correspondents people(List<ConversationSummary> conversations) {
        MappedCorrespondents decided = MappedCorrespondents.of(choices.workspace(), Set.of());
        if (myNames.isEmpty() && decided.knowsMe()) {
            return decided;
        }
        return decided.withMyNames(myNames(conversations));
    }

    private Set<String> myNames(List<ConversationSummary> conversations) {
        Set<String> everyone = MeGuess.participants(choices.workspace(), conversations);
        if (!myNames.isEmpty()) {
            for (String name : myNames) {
                if (!everyone.contains(name)) {
                    throw new TraslocoException(TraslocoException.Kind.USAGE,
                            LocalizedText.of(ArchiveMessages.ME_NOT_FOUND, name, String.join(", ", everyone)), null);
                }
            }
            return new LinkedHashSet<>(myNames);
        }
        Set<String> guessed = MeGuess.guess(choices.workspace(), conversations);
        if (guessed.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE,
                    LocalizedText.of(ArchiveMessages.ME_UNKNOWN, String.join(", ", everyone)), null);
        }
        return guessed;
    }
}
