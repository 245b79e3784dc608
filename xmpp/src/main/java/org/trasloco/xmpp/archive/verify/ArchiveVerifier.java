package org.trasloco.xmpp.archive.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Reads the user's archive back and compares it with the plan, per conversation: count, a content
 * hash, and the messages missing, different or stored twice.
 *
 * <p>When the server answers the archive-import digest request, the server sums up the imported
 * items per correspondent in one pass over the archive and the verifier compares those digests with
 * the ones of the plan: a correspondent whose number and digest agree is confirmed without reading
 * its messages, and one page read through MAM checks that MAM returns them as sent. Only the
 * correspondents that disagree are read through MAM, message by message, to name what is wrong.
 * Without the digest, the whole archive is read through MAM.
 */
public final class ArchiveVerifier {

    /** How many findings a report lists per conversation; the counts are always complete. */
    public static final int FINDINGS_PER_CONVERSATION = 20;

    private final XmppSession session;

    /**
     * A verifier over a logged-in session.
     *
     * @param session the session
     */
    public ArchiveVerifier(XmppSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * Reads and compares.
     *
     * @param plan what should be there
     * @param summary the plan's numbers
     * @param since read the archive from this moment on, or {@code null} for all of it (notes carry
     *     the date they arrived, so the notes path reads everything)
     * @return the report
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public VerificationReport verify(HistoryPlan plan, PlanSummary summary, Instant since) {
        long start = System.nanoTime();
        ArchiveComparison comparison = new ArchiveComparison();
        ArchiveReader reader = new ArchiveReader(session);
        Optional<ArchiveDigest> digest = DigestQuery.ask(session, since);
        Set<String> confirmed = new HashSet<>();
        if (digest.isPresent()) {
            String owner = session.user().orElseThrow().toString();
            Map<String, ItemDigests> expected = expectedDigests(plan, owner);
            Map<String, ArchiveDigest.Conversation> found = new HashMap<>();
            digest.get().conversations().forEach(conversation -> found.put(key(conversation.with()), conversation));
            for (Map.Entry<String, ItemDigests> group : expected.entrySet()) {
                ArchiveDigest.Conversation there = found.get(group.getKey());
                if (there != null && there.items() == group.getValue().count()
                        && there.sha256().equalsIgnoreCase(group.getValue().sha256Hex())) {
                    confirmed.add(group.getKey());
                    comparison.countDigested(there.items());
                } else {
                    reader.read(there != null ? there.with() : group.getKey(), since, comparison::add);
                }
            }
            if (!confirmed.isEmpty()) {
                reader.readFirstPage(null, since, item -> {
                    if (confirmed.contains(key(with(item, owner)))) {
                        comparison.addSample(item);
                    }
                });
            }
            Duration reading = Duration.ofNanos(System.nanoTime() - start);
            try (HistoryPlan.Entries entries = plan.open()) {
                return comparison.compare(entries, summary, reading,
                        entry -> confirmed.contains(key(with(entry, owner))));
            }
        }
        reader.read(null, since, comparison::add);
        Duration reading = Duration.ofNanos(System.nanoTime() - start);
        try (HistoryPlan.Entries entries = plan.open()) {
            return comparison.compare(entries, summary, reading);
        }
    }

    /** The plan's digests per correspondent, as the server would compute them over what it holds. */
    private static Map<String, ItemDigests> expectedDigests(HistoryPlan plan, String owner) {
        Map<String, ItemDigests> expected = new LinkedHashMap<>();
        try (HistoryPlan.Entries entries = plan.open()) {
            while (entries.hasNext()) {
                ArchiveEntry entry = entries.next();
                expected.computeIfAbsent(key(with(entry, owner)), with -> new ItemDigests()).add(entry);
            }
        }
        return expected;
    }

    /** The other party of a message, as MAM's {@code with}: the owner for notes to self. */
    private static String with(ArchiveEntry entry, String owner) {
        return entry.from().equalsIgnoreCase(owner) ? entry.to() : entry.from();
    }

    private static String with(ArchivedItem item, String owner) {
        String from = bare(item.from());
        return from != null && from.equalsIgnoreCase(owner) ? bare(item.to()) : from;
    }

    private static String bare(String address) {
        if (address == null) {
            return "";
        }
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }

    /** Servers store addresses after stringprep, which lower-cases them. */
    private static String key(String address) {
        return address == null ? "" : address.toLowerCase(Locale.ROOT);
    }
}
