package org.trasloco.app.cli.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trasloco.app.cli.io.CliIo;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.move.groups.GroupPlan;
import org.trasloco.move.groups.GroupsPreparation;
import org.trasloco.move.groups.RoomAnswer;
import org.trasloco.move.groups.RoomOutcome;
import org.trasloco.xmpp.archive.retention.UploadDisclosure;
import org.trasloco.xmpp.archive.upload.UploadReport;

/**
 * The groups part of {@code trasloco upload}: the user's answers for groups whose room address is
 * in use ({@code --room GROUP=NAME}, {@code --use-existing-room GROUP}), what happens to the groups
 * before anything is sent, and what happened in each group chat afterwards.
 */
public final class GroupsPrinter {

    /** The indentation of a group's details under its line (properties files drop leading spaces). */
    static final String INDENT = "    ";

    private GroupsPrinter() {
    }

    /**
     * The answers as typed on the command line.
     *
     * @param renames {@code GROUP=NAME}: the group goes into a group chat of that name
     * @param useExisting groups that go into the existing group chat of their address (the user's own)
     * @return the answers by the group's name as typed
     * @throws TraslocoException {@code USAGE} when a rename has no {@code =} or an empty side
     */
    public static Map<String, RoomAnswer> answers(List<String> renames, List<String> useExisting) {
        Map<String, RoomAnswer> answers = new LinkedHashMap<>();
        for (String typed : renames) {
            int equals = typed.lastIndexOf('=');
            if (equals <= 0 || equals == typed.length() - 1 || typed.substring(0, equals).isBlank()
                    || typed.substring(equals + 1).isBlank()) {
                throw new TraslocoException(TraslocoException.Kind.USAGE, GroupsCliText.ANSWER_INVALID, typed);
            }
            answers.put(typed.substring(0, equals).strip(), new RoomAnswer.Rename(typed.substring(equals + 1).strip()));
        }
        useExisting.forEach(group -> answers.put(group.strip(), new RoomAnswer.UseExisting()));
        return answers;
    }

    /**
     * Says where the groups go: why they stay notes, or each group's group chat, who is in it and
     * how long the service keeps its archive.
     *
     * @param io the terminal
     * @param prepared what the preparation found
     * @return whether every group can move now ({@code false}: the user must answer first, and was told how)
     */
    public static boolean describe(CliIo io, GroupsPreparation prepared) {
        Locale locale = io.locale();
        prepared.whyNotes().ifPresent(reason -> io.out().println(reason.format(locale)));
        if (prepared.rooms().isEmpty()) {
            return true;
        }
        io.out().println(GroupsCliText.ROOMS.format(locale, prepared.service()));
        for (GroupPlan room : prepared.rooms()) {
            GroupsCliText line = switch (room.status()) {
                case NEW -> GroupsCliText.ROOM_NEW;
                case OURS -> GroupsCliText.ROOM_OURS;
                case ADOPTED -> GroupsCliText.ROOM_ADOPTED;
                case EXISTS_OWNED -> GroupsCliText.ROOM_EXISTS_OWNED;
                case TAKEN -> GroupsCliText.ROOM_TAKEN;
            };
            io.out().println(line.format(locale, room.group().title(), room.room()));
            io.out().println(INDENT + GroupsCliText.ROOM_PEOPLE.format(locale, room.summary().entries(),
                    room.members().size(), room.pending().size()));
        }
        io.out().println(GroupsCliText.ROOMS_DISCLOSURE.format(locale, prepared.service(),
                UploadDisclosure.kept(prepared.policy()).format(locale)));
        if (!prepared.verdict().blocks()) {
            prepared.retentionNote().ifPresent(note -> io.out().println(note.format(locale)));
        }
        if (!prepared.questions().isEmpty()) {
            io.err().println(GroupsCliText.ANSWER_NEEDED.format(locale));
            return false;
        }
        return true;
    }

    /**
     * What happened in one group chat (the read-back is printed by the caller).
     *
     * @param io the terminal
     * @param outcome the group's outcome
     */
    public static void outcome(CliIo io, RoomOutcome outcome) {
        Locale locale = io.locale();
        GroupPlan group = outcome.group();
        UploadReport upload = outcome.upload().orElse(null);
        io.out().println(GroupsCliText.DONE.format(locale, group.group().title(), upload == null ? 0 : upload.sentNow(),
                group.room(), upload == null ? 0 : upload.alreadyThere()));
        if (upload != null && upload.changes().unchangeable() > 0) {
            io.out().println(INDENT + GroupsCliText.UNCHANGED.format(locale, upload.changes().unchangeable()));
        }
        if (!outcome.membersAdded().isEmpty()) {
            io.out().println(INDENT + GroupsCliText.MEMBERS_ADDED.format(locale,
                    String.join(", ", outcome.membersAdded())));
        }
        if (!outcome.invited().isEmpty()) {
            io.out().println(INDENT + GroupsCliText.INVITED.format(locale, String.join(", ", outcome.invited())));
        }
        if (!group.pending().isEmpty()) {
            io.out().println(INDENT + GroupsCliText.PENDING.format(locale, String.join(", ", group.pending().keySet())));
        }
        io.out().println(INDENT + GroupsCliText.LIST_JOIN.format(locale, group.joinLink()));
    }
}
