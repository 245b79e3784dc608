package org.trasloco.app.wizard.history;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.groups.GroupMove;
import org.trasloco.move.groups.GroupsPreparation;
import org.trasloco.move.groups.RoomAnswer;
import org.trasloco.move.history.HistoryMove;
import org.trasloco.move.history.HistoryPreparation;
import org.trasloco.move.history.ImportedExports;
import org.trasloco.xmpp.providers.ProviderCatalogue;

/**
 * What the step prepared for an account, as {@code trasloco upload} prepares it: the groups' group
 * chats first, then the rest of the history without the groups that have one.
 *
 * @param history the history's workflow
 * @param groups the groups' workflow
 * @param preparation what goes into the user's own archive
 * @param groupChats what happens to the groups
 * @param groupsWanted where the groups were asked to go
 * @param exports the exports the photos and files come from
 */
record PreparedMove(HistoryMove history, GroupMove groups, HistoryPreparation preparation,
        GroupsPreparation groupChats, GroupsChoice groupsWanted, ImportedExports exports) {

    /**
     * Asks the server what it offers and plans everything; sends nothing. Runs on a job.
     *
     * @param choices the move
     * @param access the account
     * @param groupsWanted group chats or notes
     * @param answers the user's answers for group chats whose name is in use
     * @param labels the language of labels in notes and attachment lines
     * @return what was found
     */
    static PreparedMove prepare(MoveChoices choices, AccountAccess access, GroupsChoice groupsWanted,
            Map<String, RoomAnswer> answers, Locale labels) {
        HistoryMove history = new HistoryMove(choices, access, Set.of(), ProviderCatalogue.bundled());
        GroupMove groups = new GroupMove(choices, access, Set.of());
        ImportedExports exports = ImportedExports.of(choices.workspace());
        GroupsPreparation groupChats = groups.prepare(groupsWanted, answers, labels);
        return new PreparedMove(history, groups, history.prepare(null, exports.present(), labels, groupChats.inRooms()),
                groupChats, groupsWanted, exports);
    }

    /** The same, with the exports looked at again (they may have gone since). */
    PreparedMove withExportsOf(MoveChoices choices) {
        return new PreparedMove(history, groups, preparation, groupChats, groupsWanted,
                ImportedExports.of(choices.workspace()));
    }

    /** Whether messages go into the user's own archive. */
    boolean ownMessages() {
        return preparation.summary().entries() > 0;
    }

    /** Whether groups go into group chats. */
    boolean groupChatsMove() {
        return !groupChats.rooms().isEmpty();
    }
}
