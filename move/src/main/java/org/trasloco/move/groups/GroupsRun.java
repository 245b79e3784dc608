package org.trasloco.move.groups;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.move.MoveMessages;
import org.trasloco.move.account.AccountAccess;
import org.trasloco.move.choices.GroupsChoice;
import org.trasloco.move.choices.MoveChoices;
import org.trasloco.move.history.MediaUpload;
import org.trasloco.xmpp.archive.media.MediaReport;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.upload.HistoryUploader;
import org.trasloco.xmpp.archive.upload.UploadControl;
import org.trasloco.xmpp.archive.upload.UploadReport;
import org.trasloco.xmpp.archive.upload.UploadSettings;
import org.trasloco.xmpp.archive.verify.ArchiveVerifier;
import org.trasloco.xmpp.archive.verify.VerificationReport;
import org.trasloco.xmpp.connection.XmppSession;
import org.trasloco.xmpp.groupchat.GroupChatMessages;
import org.trasloco.xmpp.groupchat.GroupChats;
import org.trasloco.xmpp.groupchat.RoomAuthors;
import org.trasloco.xmpp.groupchat.RoomPlaces;
import org.trasloco.core.address.XmppAddress;

/**
 * One run of the groups into their group chats, group after group: the room created (or checked,
 * when it is the user's), the people with an address made members, the attachments and the
 * history put into the room's archive and read back, then the members invited (XEP-0249). The
 * workspace remembers each step, so a run that stops continues where it stopped: the history through
 * the room's ledger, nothing twice; rooms, members and invitations only once. Where the server keeps
 * places for invited people ({@link InviteePlaces}), who joined through one counts as added and
 * invited, and the people still to come get their places after the run. {@link #run()} works on
 * the caller's thread; {@link #cancel()} comes from any other.
 */
public final class GroupsRun {

    private static final System.Logger LOG = System.getLogger(GroupsRun.class.getName());

    private final MoveChoices choices;
    private final AccountAccess access;
    private final GroupsPreparation preparation;
    private final boolean acceptLive;
    private final List<Path> mediaExports;
    private final GroupsListener listener;
    private final RoomRecords records;
    private final UploadControl control = new UploadControl();

    GroupsRun(MoveChoices choices, AccountAccess access, GroupsPreparation preparation, boolean acceptLive,
            List<Path> mediaExports, GroupsListener listener) {
        this.choices = choices;
        this.access = access;
        this.preparation = Objects.requireNonNull(preparation, "preparation");
        this.acceptLive = acceptLive;
        this.mediaExports = List.copyOf(mediaExports);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.records = new RoomRecords(choices.workspace(), access.account().address());
    }

    /** Stops after the batch on its way; {@link #run()} then ends with a {@code CANCELLED} error. */
    public void cancel() {
        control.cancel();
    }

    /**
     * Runs to the end.
     *
     * @return per group, what was done and what the read-back found (none when the groups stay notes)
     * @throws TraslocoException {@code USAGE} when a group still needs an answer; {@code REFUSED}
     *     when the server refuses a room, its settings, a member or the history (the reason in plain
     *     words); {@code CONNECTION}; {@code CANCELLED}; {@code STORAGE} when the workspace fails
     */
    public GroupsOutcome run() {
        XmppAddress account = access.account().address();
        List<GroupPlan> unanswered = preparation.questions();
        if (!unanswered.isEmpty()) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, LocalizedText.of(MoveMessages.GROUPS_UNANSWERED,
                    unanswered.stream().map(plan -> plan.group().title()).collect(Collectors.joining(", "))), null);
        }
        choices.groups(account, preparation.choice());
        if (preparation.choice() != GroupsChoice.ROOMS) {
            return new GroupsOutcome(List.of());
        }
        InviteePlaces places = new InviteePlaces(choices, account, access.locale(), Clock.systemUTC());
        withPlaces(places::joined);
        List<RoomOutcome> outcomes = new ArrayList<>();
        for (GroupPlan group : preparation.rooms()) {
            if (control.isCancelled()) {
                throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
            }
            outcomes.add(move(group));
        }
        withPlaces(places::keep);
        return new GroupsOutcome(outcomes);
    }

    /**
     * Works with the places the server keeps for invited people, when it keeps any: before the rooms,
     * who joined through one (so they are neither added nor invited again); after, the places of
     * the people still to come.
     */
    private void withPlaces(Consumer<RoomPlaces> work) {
        if (preparation.rooms().isEmpty()) {
            return;
        }
        try (XmppSession session = access.opener().open()) {
            RoomPlaces server = new RoomPlaces(session);
            if (server.offered()) {
                work.accept(server);
            }
        }
    }

    private RoomOutcome move(GroupPlan group) {
        EntityBareJid room = JidCreate.entityBareFromOrThrowUnchecked(group.room());
        listener.step(group, GroupsListener.Step.ROOM);
        boolean created = group.status() == GroupPlan.Status.NEW;
        List<String> added = new ArrayList<>();
        try (XmppSession session = access.opener().open()) {
            GroupChats chats = new GroupChats(session);
            if (created) {
                chats.create(room, group.ownerNickname(), group.group().title());
            } else {
                chats.secure(room);
            }
            choices.groupRoom(access.account().address(), group.key(), group.room());
            Map<String, String> affiliated = chats.affiliations(room);
            for (Map.Entry<String, String> member : group.members().entrySet()) {
                if (!affiliated.containsKey(member.getKey())) {
                    chats.addMember(room, member.getKey(), member.getValue());
                    added.add(member.getKey());
                }
                records.addMember(group.key(), member.getKey());
            }
        }
        // Whether the room already held some of the history: messages sent then show no address for
        // people who had none at the time.
        boolean uploadedBefore = roomLedger(group).counts().acknowledged() > 0;
        Optional<MediaReport> media = Optional.empty();
        if (!mediaExports.isEmpty()) {
            listener.step(group, GroupsListener.Step.MEDIA);
            media = Optional.of(MediaUpload.upload(access, accountLedger(), group.plan(), mediaExports,
                    preparation.domain()));
        }
        // Messages whose attachments were uploaded just now carry their links: their entries changed.
        PlanSummary summary = media.isPresent() ? group.plan().summarize() : group.summary();
        Optional<UploadReport> upload = Optional.empty();
        if (summary.entries() > 0) {
            listener.step(group, GroupsListener.Step.UPLOAD);
            upload = Optional.of(new HistoryUploader(access.opener(), roomLedger(group), group.plan(), summary,
                    UploadSettings.ofRoom(group.room()).withAcceptLive(acceptLive), control, listener).run());
        }
        addressAuthors(group, room, uploadedBefore);
        listener.step(group, GroupsListener.Step.VERIFY);
        VerificationReport verification;
        try (XmppSession session = access.readerOpener().open()) {
            verification = ArchiveVerifier.ofRoom(session, room).verify(group.plan(), summary, summary.oldest());
        }
        List<String> invited = verification.complete() ? invite(group, room) : List.of();
        records.pending(group.key(), group.pending());
        return new RoomOutcome(group, created, added, invited, media, upload, verification);
    }

    /**
     * Puts each member's address on their messages the room's archive holds without it: those sent
     * while they had no address yet (a person still to come then, or one the user gave an address
     * later). The members whose messages carry their address are remembered.
     */
    private void addressAuthors(GroupPlan group, EntityBareJid room, boolean uploadedBefore) {
        Set<String> addressed = records.addressed(group.key());
        Map<String, String> arrived = new LinkedHashMap<>();
        if (uploadedBefore) {
            group.members().forEach((address, nickname) -> {
                if (!addressed.contains(address)) {
                    arrived.put(nickname, address);
                }
            });
        }
        Map<String, List<String>> keys = new LinkedHashMap<>();
        if (!arrived.isEmpty()) {
            try (HistoryPlan.Entries entries = group.plan().open()) {
                while (entries.hasNext()) {
                    ArchiveEntry entry = entries.next();
                    if (entry.groupchat() && arrived.containsKey(entry.author().nickname())) {
                        keys.computeIfAbsent(entry.author().nickname(), nickname -> new ArrayList<>()).add(entry.id());
                    }
                }
            }
        }
        Set<String> refused = new HashSet<>();
        if (!keys.isEmpty()) {
            try (XmppSession session = access.opener().open()) {
                RoomAuthors authors = new RoomAuthors(session);
                if (!authors.offered(room)) {
                    return;
                }
                keys.forEach((nickname, ids) -> {
                    if (!attach(authors, room, nickname, arrived.get(nickname), ids)) {
                        refused.add(arrived.get(nickname));
                    }
                });
            }
        }
        group.members().keySet().stream().filter(address -> !refused.contains(address))
                .forEach(address -> records.addAddressed(group.key(), address));
    }

    /**
     * Puts one author's address on their messages; {@code false} when the room refuses (the
     * read-back that follows then shows those messages as different, and the next run tries again).
     */
    private static boolean attach(RoomAuthors authors, EntityBareJid room, String nickname, String address,
            List<String> keys) {
        try {
            authors.attach(room, nickname, address, keys);
            return true;
        } catch (TraslocoException e) {
            if (e.kind() != TraslocoException.Kind.REFUSED) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "Earlier messages of {0} in {1} keep no address: {2}", nickname, room,
                    e.getMessage());
            return false;
        }
    }

    /** Invites the members not invited yet, once the room holds the group's history. */
    private List<String> invite(GroupPlan group, EntityBareJid room) {
        Set<String> toInvite = new LinkedHashSet<>(group.members().keySet());
        toInvite.removeAll(records.invited(group.key()));
        if (toInvite.isEmpty()) {
            return List.of();
        }
        listener.step(group, GroupsListener.Step.INVITE);
        String text = LocalizedText.of(GroupChatMessages.INVITATION, group.group().title(), group.joinLink())
                .format(access.locale());
        List<String> invited = new ArrayList<>();
        try (XmppSession session = access.opener().open()) {
            GroupChats chats = new GroupChats(session);
            for (String address : toInvite) {
                chats.invite(room, address, text);
                records.addInvited(group.key(), address);
                invited.add(address);
            }
        }
        return invited;
    }

    /** The room's own ledger: what of the group's history its archive confirmed. */
    private UploadLedger roomLedger(GroupPlan group) {
        return choices.workspace().uploadLedger(group.room());
    }

    /** The account's ledger, which also records the attachments uploaded (for every archive). */
    private UploadLedger accountLedger() {
        return choices.workspace().uploadLedger(access.account().address().toString());
    }
}
