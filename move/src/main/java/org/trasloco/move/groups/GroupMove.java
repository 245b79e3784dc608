package org.trasloco.move.groups;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.contacts.Decision;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.move.MoveMessages;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.history.HistoryPlanner;
import org.trasloco.xmpp.archive.people.Correspondents;
import org.trasloco.xmpp.archive.plan.EntryMaker;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.retention.ArchivePolicy;
import org.trasloco.xmpp.archive.retention.RetentionGuard;
import org.trasloco.xmpp.archive.retention.RetentionVerdict;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.groupchat.GroupChatDiscovery;
import org.trasloco.xmpp.groupchat.GroupChatService;
import org.trasloco.xmpp.groupchat.GroupChats;
import org.trasloco.xmpp.groupchat.RoomNames;
import org.trasloco.xmpp.groupchat.RoomState;
import org.trasloco.core.address.XmppAddress;

/**
 * The groups of a move as group chats on one account's server. {@link #prepare} asks the server
 * for its group-chat service and plans a room for each group the user keeps (a group of WhatsApp or
 * Telegram, not a channel); {@link #start} gives the run that creates the rooms and fills them;
 * {@link #listing} says where each group is, without connecting. An existing room of a group's
 * address is never taken over: the preparation names it, and the caller asks the user for
 * {@link RoomAnswer another name} (or to use it, when it is the user's own).
 */
public final class GroupMove {

    private final MoveChoices choices;
    private final AccountAccess access;
    private final HistoryPlanner planner;

    /**
     * The groups of a move for an account.
     *
     * @param choices the move's choices (and its workspace)
     * @param access logs in to the account
     * @param myNames the user's names in the exports when given; empty to take the people step's
     *     answer or to guess
     */
    public GroupMove(MoveChoices choices, AccountAccess access, Set<String> myNames) {
        this.choices = Objects.requireNonNull(choices, "choices");
        this.access = Objects.requireNonNull(access, "access");
        this.planner = new HistoryPlanner(choices, access.account().address(), myNames);
    }

    /**
     * Finds where the groups can go and plans each group's room. Sends nothing but questions.
     *
     * @param wanted rooms (where the server allows it) or notes
     * @param answers the user's answers for groups, by the group's name or {@link MoveChoices#keyOf key}
     * @param labels the language of attachment lines
     * @return what happens to the groups
     * @throws org.trasloco.core.error.TraslocoException {@code USAGE} when an answer names no group
     *     that moves, or a room name is invalid; {@code REFUSED}, {@code CONNECTION} as a login
     */
    public GroupsPreparation prepare(GroupsChoice wanted, Map<String, RoomAnswer> answers, Locale labels) {
        Objects.requireNonNull(wanted, "wanted");
        XmppAddress account = access.account().address();
        String domain = account.domain();
        List<ConversationSummary> groups = choices.moving().stream()
                .filter(conversation -> conversation.kind() == ConversationKind.GROUP).toList();
        Map<String, RoomAnswer> answered = GroupNames.resolve(answers, groups);
        if (groups.isEmpty() || wanted == GroupsChoice.NOTES) {
            return notes(domain, groups, null, groups.isEmpty() ? null : LocalizedText.of(MoveMessages.GROUPS_CHOSEN_NOTES));
        }
        try (XmppSession session = access.opener().open()) {
            Optional<GroupChatService> found = GroupChatDiscovery.find(session);
            if (found.isEmpty()) {
                return notes(domain, groups, null, LocalizedText.of(MoveMessages.GROUPS_NO_SERVICE, domain));
            }
            GroupChatService service = found.get();
            if (service.imports().isEmpty()) {
                return notes(domain, groups, service.address().toString(),
                        LocalizedText.of(MoveMessages.GROUPS_NO_IMPORT, service.address().toString()));
            }
            List<GroupPlan> rooms = planRooms(session, service.address(), groups, answered, labels);
            ArchivePolicy policy = service.imports().get().policy();
            Instant oldest = rooms.stream().map(plan -> plan.summary().oldest()).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            long largest = rooms.stream().mapToLong(plan -> plan.summary().entries()).max().orElse(0);
            RetentionVerdict verdict = RetentionGuard.judge(policy, oldest, largest, Instant.now());
            return new GroupsPreparation(domain, GroupsChoice.ROOMS, null, service.address().toString(), rooms, List.of(),
                    policy, verdict);
        }
    }

    private GroupsPreparation notes(String domain, List<ConversationSummary> groups, String service,
            LocalizedText reason) {
        return new GroupsPreparation(domain, GroupsChoice.NOTES, reason, service, List.of(), groups,
                ArchivePolicy.UNKNOWN, RetentionGuard.judge(ArchivePolicy.UNKNOWN, null, 0, Instant.now()));
    }

    private List<GroupPlan> planRooms(XmppSession session, DomainBareJid service, List<ConversationSummary> groups,
            Map<String, RoomAnswer> answers, Locale labels) {
        XmppAddress account = access.account().address();
        Map<String, String> recorded = choices.groupRooms(account);
        Set<String> used = new HashSet<>(recorded.values());
        GroupChats chats = new GroupChats(session);
        Correspondents people = planner.correspondents();
        String ownerName = ownerName(choices);
        List<GroupPlan> plans = new ArrayList<>();
        for (ConversationSummary group : groups) {
            String key = MoveChoices.keyOf(group);
            RoomAnswer answer = answers.get(key);
            String mine = recorded.get(key);
            EntityBareJid room;
            if (answer instanceof RoomAnswer.Rename rename) {
                room = RoomNames.address(rename.name(), service);
            } else if (mine != null) {
                room = JidCreate.entityBareFromOrThrowUnchecked(mine);
            } else {
                room = freeName(group, service, used);
            }
            used.add(room.toString());
            RoomState state = chats.state(room);
            boolean ours = room.toString().equals(mine);
            GroupPlan.Status status = switch (state) {
                case ABSENT -> GroupPlan.Status.NEW;
                case TAKEN -> GroupPlan.Status.TAKEN;
                case OWNED -> ours ? GroupPlan.Status.OURS
                        : answer instanceof RoomAnswer.UseExisting ? GroupPlan.Status.ADOPTED
                        : GroupPlan.Status.EXISTS_OWNED;
            };
            RoomPeople roomPeople = new RoomPeople(choices.workspace(), group, people, account.toString(), ownerName);
            HistoryPlan plan = new HistoryPlan(choices.workspace(), List.of(group), choices.zoneOrSystem(),
                    EntryMaker.forRoom(account.toString(), room.toString(), roomPeople::author, labels,
                            planner.uploadedMedia()));
            PlanSummary summary = plan.summarize();
            plans.add(new GroupPlan(group, room.toString(), status, roomPeople.ownerNickname(), roomPeople.members(),
                    roomPeople.pending(), plan, summary));
        }
        return plans;
    }

    /** The address made from the group's name, with {@code -2}, {@code -3}… when another group of the move has it. */
    private static EntityBareJid freeName(ConversationSummary group, DomainBareJid service, Set<String> used) {
        String base = RoomNames.localpart(group.title());
        String name = base;
        for (int n = 2; used.contains(name + "@" + service); n++) {
            name = base + "-" + n;
        }
        return RoomNames.address(name, service);
    }

    /** The user's name as the people step keeps it, if it decided who the user is. */
    private static String ownerName(MoveChoices choices) {
        return choices.workspace().people().contacts().stream().filter(contact -> contact.decision() == Decision.ME)
                .map(Contact::name).findFirst().orElse(null);
    }

    /**
     * The run that puts prepared groups into their rooms. The preparation must have no
     * {@link GroupsPreparation#questions() open questions}.
     *
     * @param preparation what {@link #prepare} found
     * @param acceptLive whether to import even when a room already holds newer messages
     * @param mediaExports the exports to take attachments from (none: attachments stay behind)
     * @param listener told about progress
     * @return the run, not started
     */
    public GroupsRun start(GroupsPreparation preparation, boolean acceptLive, List<Path> mediaExports,
            GroupsListener listener) {
        return new GroupsRun(choices, access, preparation, acceptLive, mediaExports, listener);
    }

    /**
     * Where each group of the move is, from what the workspace remembers (no connection).
     *
     * @return one line per group the user keeps, in the move's order
     */
    public List<GroupListing> listing() {
        return listing(choices, access.account().address(), planner.myNames());
    }

    /**
     * Where each group of a move is, from what the workspace remembers: no password, no connection.
     *
     * @param choices the move's choices
     * @param account the account the groups went to
     * @param myNames the user's names in the exports when given; empty to take the people step's answer
     * @return one line per group the user keeps, in the move's order
     * @throws org.trasloco.core.error.TraslocoException {@code USAGE} when the user's name is needed
     *     and unknown
     */
    public static List<GroupListing> listing(MoveChoices choices, XmppAddress account, Set<String> myNames) {
        return GroupListing.of(choices, account, new HistoryPlanner(choices, account, myNames).correspondents(),
                ownerName(choices));
    }
}
