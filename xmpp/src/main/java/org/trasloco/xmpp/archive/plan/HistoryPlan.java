package org.trasloco.xmpp.archive.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Participant;
import org.trasloco.core.workspace.ConversationSummary;
import org.trasloco.core.workspace.Workspace;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.people.PlaceholderAddress;

/**
 * The chosen conversations of a workspace as archive entries, in one global time order. {@link
 * #summarize()} counts them; {@link #open()} reads them (again) for sending, writing or comparing.
 * Reading twice gives the same entries, so an interrupted upload can be resumed from the ledger.
 */
public final class HistoryPlan {

    private final Workspace workspace;
    private final List<ConversationSummary> conversations;
    private final ZoneId zone;
    private final EntryMaker maker;
    private final Map<ConversationRef, String> partners = new HashMap<>();

    /**
     * A plan.
     *
     * @param workspace the workspace
     * @param conversations the conversations to move (e.g. {@link Workspace#conversations()} without
     *     those the user left out)
     * @param zone the zone of wall-clock times without one
     * @param maker how messages become entries
     */
    public HistoryPlan(Workspace workspace, List<ConversationSummary> conversations, ZoneId zone, EntryMaker maker) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.conversations = List.copyOf(conversations);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.maker = Objects.requireNonNull(maker, "maker");
        for (ConversationSummary conversation : this.conversations) {
            if (conversation.kind() == ConversationKind.DIRECT) {
                List<String> names = workspace.participants(conversation.network(), conversation.key()).stream()
                        .map(Participant::name).toList();
                partners.put(ref(conversation), maker.partner(conversation, names));
            }
        }
    }

    /** The conversations in the plan. */
    public List<ConversationSummary> conversations() {
        return conversations;
    }

    /**
     * Reads every entry once and counts.
     *
     * @return the numbers
     */
    public PlanSummary summarize() {
        Map<ConversationRef, long[]> entries = new LinkedHashMap<>();
        Map<ConversationRef, Map<SkipReason, Long>> skipped = new HashMap<>();
        for (ConversationSummary conversation : conversations) {
            entries.put(ref(conversation), new long[1]);
            skipped.put(ref(conversation), new EnumMap<>(SkipReason.class));
        }
        long total = 0;
        long bytes = 0;
        long attachments = 0;
        Instant oldest = null;
        Instant newest = null;
        try (ChronologicalMerge merge = new ChronologicalMerge(workspace, conversations, zone)) {
            while (merge.hasNext()) {
                TimedMessage timed = merge.next();
                ConversationRef ref = ref(timed.conversation());
                SkipReason reason = maker.skipReason(timed.message());
                if (reason != null) {
                    skipped.get(ref).merge(reason, 1L, Long::sum);
                    continue;
                }
                attachments += timed.message().attachments().stream().filter(Attachment::present).count();
                for (ArchiveEntry entry : maker.entries(timed, partners.get(ref))) {
                    entries.get(ref)[0]++;
                    total++;
                    bytes += entry.bodyBytes();
                    oldest = oldest == null || entry.instant().isBefore(oldest) ? entry.instant() : oldest;
                    newest = newest == null || entry.instant().isAfter(newest) ? entry.instant() : newest;
                }
            }
        }
        List<ConversationPlan> plans = new ArrayList<>();
        for (ConversationSummary conversation : conversations) {
            ConversationRef ref = ref(conversation);
            plans.add(new ConversationPlan(ref, conversation.title(), conversation.kind(), maker.asNotes(conversation),
                    entries.get(ref)[0], skipped.get(ref)));
        }
        Map<String, String> known = new LinkedHashMap<>();
        for (ConversationSummary conversation : conversations) {
            String partner = partners.get(ref(conversation));
            if (partner != null && !PlaceholderAddress.isPlaceholder(partner) && !maker.asNotes(conversation)) {
                known.putIfAbsent(partner, conversation.title());
            }
        }
        return new PlanSummary(plans, total, bytes, oldest, newest, attachments, known);
    }

    /**
     * Opens the entries for reading, oldest first.
     *
     * @return the entries; close when done
     */
    public Entries open() {
        return new Entries(new ChronologicalMerge(workspace, conversations, zone));
    }

    /**
     * The workspace message behind each entry, with the entry, for work that needs both (media).
     *
     * @return the pairs; close when done
     */
    public ChronologicalMerge openMessages() {
        return new ChronologicalMerge(workspace, conversations, zone);
    }

    /**
     * The entries of one message.
     *
     * @param timed the message
     * @return its entries (none when skipped)
     */
    public List<ArchiveEntry> entriesOf(TimedMessage timed) {
        return maker.entries(timed, partners.get(ref(timed.conversation())));
    }

    /**
     * Whether a message is left out of the archive (it then has no entries), without building them.
     *
     * @param timed the message
     * @return true when it is skipped
     */
    public boolean skips(TimedMessage timed) {
        return maker.skipReason(timed.message()) != null;
    }

    private static ConversationRef ref(ConversationSummary conversation) {
        return new ConversationRef(conversation.network(), conversation.key());
    }

    /** The entries of a plan in time order, read lazily. */
    public final class Entries implements Iterator<ArchiveEntry>, AutoCloseable {

        private final ChronologicalMerge merge;
        private final Deque<ArchiveEntry> pending = new ArrayDeque<>();

        private Entries(ChronologicalMerge merge) {
            this.merge = merge;
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && merge.hasNext()) {
                pending.addAll(entriesOf(merge.next()));
            }
            return !pending.isEmpty();
        }

        @Override
        public ArchiveEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        @Override
        public void close() {
            merge.close();
        }
    }
}
