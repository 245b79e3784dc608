package org.trasloco.xmpp.archive.verify;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.plan.ConversationPlan;
import org.trasloco.xmpp.archive.plan.ConversationRef;
import org.trasloco.xmpp.archive.plan.PlanSummary;

/**
 * Compares what the archive holds with what was sent, message by message, matched by id (the
 * origin-id). A message counts as confirmed when it is there with the same sender, recipient, text
 * and links, and, when it was imported, the same date to the second (a note sent on the notes path
 * carries the date of its arrival, so its date is not compared). Seconds, because archives of
 * imported history keep seconds: ejabberd's ids are times in microseconds, and its import module
 * gives messages of the same second successive microseconds to keep the ids apart. Servers store a
 * note to oneself once or twice (as sent and as received); the smallest number of copies of any
 * live note is taken as the server's habit, and only copies beyond it count as duplicates. A note
 * corrected later (XEP-0308, the way a note gets an attachment uploaded after it was sent) is
 * compared as its last correction shows it, as apps show it.
 */
public final class ArchiveComparison {

    private final Map<String, List<ArchivedItem>> byId = new HashMap<>();
    /** The last correction of each corrected message, by the corrected message's id. */
    private final Map<String, ArchivedItem> corrections = new HashMap<>();
    private long items;

    /**
     * Adds an item read from the archive.
     *
     * @param item the item
     */
    public void add(ArchivedItem item) {
        items++;
        if (item.replaces() != null) {
            corrections.put(item.replaces(), item);
        } else if (item.originId() != null) {
            byId.computeIfAbsent(item.originId(), id -> new ArrayList<>(1)).add(item);
        }
    }

    /**
     * Adds an item read from the archive only to check the messages of conversations that the
     * server's digest confirmed (a sample of what MAM returns); it is not counted as read.
     *
     * @param item the item
     */
    public void addSample(ArchivedItem item) {
        add(item);
        items--;
    }

    /**
     * Counts archive items that the server summed up in a digest instead of sending them.
     *
     * @param count how many
     */
    public void countDigested(long count) {
        items += count;
    }

    /** How many items were added. */
    public long items() {
        return items;
    }

    /**
     * Compares.
     *
     * @param entries the planned entries, in plan order
     * @param summary the plan's numbers (for titles and order)
     * @param elapsed the time the read-back took, for the report
     * @return the report
     */
    public VerificationReport compare(Iterator<ArchiveEntry> entries, PlanSummary summary, Duration elapsed) {
        return compare(entries, summary, elapsed, entry -> false);
    }

    /**
     * Compares, taking the messages the server's digest confirmed as there exactly as sent (those
     * of them also added as items are compared with the items).
     *
     * @param entries the planned entries, in plan order
     * @param summary the plan's numbers (for titles and order)
     * @param elapsed the time the read-back took, for the report
     * @param digestConfirmed whether an entry belongs to what a digest confirmed
     * @return the report
     */
    public VerificationReport compare(Iterator<ArchiveEntry> entries, PlanSummary summary, Duration elapsed,
            Predicate<ArchiveEntry> digestConfirmed) {
        Objects.requireNonNull(entries, "entries");
        int liveNoteCopies = Integer.MAX_VALUE;
        List<ArchiveEntry> all = new ArrayList<>();
        while (entries.hasNext()) {
            ArchiveEntry entry = entries.next();
            all.add(entry);
            List<ArchivedItem> found = byId.get(entry.id());
            if (found != null && !found.get(0).imported() && entry.note()) {
                liveNoteCopies = Math.min(liveNoteCopies, found.size());
            }
        }
        int noteCopies = liveNoteCopies == Integer.MAX_VALUE ? 1 : Math.min(liveNoteCopies, 2);
        Map<ConversationRef, Tally> tallies = new LinkedHashMap<>();
        for (ConversationPlan plan : summary.conversations()) {
            tallies.put(plan.ref(), new Tally(plan.ref(), plan.title()));
        }
        for (ArchiveEntry entry : all) {
            ConversationRef ref = new ConversationRef(entry.network(), entry.conversationKey());
            Tally tally = tallies.computeIfAbsent(ref, key -> new Tally(key, key.key()));
            List<ArchivedItem> found = corrected(byId.get(entry.id()));
            if (found == null && digestConfirmed.test(entry)) {
                tally.confirmed(entry);
            } else {
                tally.check(entry, found, noteCopies);
            }
        }
        List<ConversationCheck> checks = new ArrayList<>();
        tallies.values().forEach(tally -> checks.add(tally.result()));
        return new VerificationReport(checks, items, elapsed);
    }

    /** The copies of a message as apps show them: with what its last correction says, if any. */
    private List<ArchivedItem> corrected(List<ArchivedItem> found) {
        if (found == null) {
            return null;
        }
        ArchivedItem correction = corrections.get(found.get(0).originId());
        if (correction == null) {
            return found;
        }
        List<ArchivedItem> shown = new ArrayList<>(found.size());
        for (ArchivedItem copy : found) {
            shown.add(new ArchivedItem(copy.archiveId(), copy.stamp(), copy.from(), copy.to(), correction.body(),
                    copy.originId(), correction.links(), copy.imported(), null));
        }
        return shown;
    }

    /** The running comparison of one conversation. */
    private static final class Tally {

        private final ConversationRef ref;
        private final String title;
        private final MessageDigest expectedHash = sha256();
        private final MessageDigest archiveHash = sha256();
        private final List<Finding> findings = new ArrayList<>();
        private long expected;
        private long confirmed;
        private long missing;
        private long different;
        private long duplicated;

        Tally(ConversationRef ref, String title) {
            this.ref = ref;
            this.title = title;
        }

        void check(ArchiveEntry entry, List<ArchivedItem> found, int noteCopies) {
            expected++;
            boolean imported = found != null && found.get(0).imported();
            update(expectedHash, entry.id(), entry.from(), entry.to(), entry.body(), String.join(" ", entry.links()),
                    imported ? second(entry.instant()) : "");
            if (found == null) {
                missing++;
                note(new Finding(Finding.Kind.MISSING, entry.id(), entry.instant(), ""));
                return;
            }
            ArchivedItem item = found.get(0);
            update(archiveHash, item.originId(), bare(item.from()), bare(item.to()), item.body(), String.join(" ", item.links()),
                    imported ? second(item.stamp()) : "");
            String differences = differences(entry, item);
            if (!differences.isEmpty()) {
                different++;
                note(new Finding(Finding.Kind.DIFFERENT, entry.id(), entry.instant(), differences));
            } else {
                confirmed++;
            }
            int allowed = imported || !entry.note() ? 1 : noteCopies;
            if (found.size() > allowed) {
                duplicated++;
                note(new Finding(Finding.Kind.DUPLICATED, entry.id(), entry.instant(), Integer.toString(found.size())));
            }
        }

        /** A message the server's digest confirmed: imported, and stored exactly as sent. */
        void confirmed(ArchiveEntry entry) {
            expected++;
            confirmed++;
            for (MessageDigest hash : List.of(expectedHash, archiveHash)) {
                update(hash, entry.id(), entry.from(), entry.to(), entry.body(), String.join(" ", entry.links()),
                        entry.instant().toString());
            }
        }

        private static String differences(ArchiveEntry entry, ArchivedItem item) {
            List<String> fields = new ArrayList<>();
            if (!entry.from().equals(bare(item.from()))) {
                fields.add("from");
            }
            if (!entry.to().equals(bare(item.to()))) {
                fields.add("to");
            }
            if (!entry.body().equals(item.body())) {
                fields.add("text");
            }
            if (!entry.links().equals(item.links())) {
                fields.add("links");
            }
            if (item.imported() && !second(entry.instant()).equals(second(item.stamp()))) {
                fields.add("date");
            }
            return String.join(", ", fields);
        }

        private void note(Finding finding) {
            if (findings.size() < ArchiveVerifier.FINDINGS_PER_CONVERSATION) {
                findings.add(finding);
            }
        }

        ConversationCheck result() {
            return new ConversationCheck(ref, title, expected, confirmed, missing, different, duplicated,
                    HexFormat.of().formatHex(expectedHash.digest()), HexFormat.of().formatHex(archiveHash.digest()),
                    findings);
        }

        private static void update(MessageDigest digest, String... fields) {
            for (String field : fields) {
                ItemDigests.update(digest, field == null ? "\u0000null" : field);
            }
        }

        private static String second(Instant instant) {
            return instant == null ? "null" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }

        private static String bare(String jid) {
            if (jid == null) {
                return null;
            }
            int slash = jid.indexOf('/');
            return slash < 0 ? jid : jid.substring(0, slash);
        }

        private static MessageDigest sha256() {
            return ItemDigests.sha256();
        }
    }
}
