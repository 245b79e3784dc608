package org.trasloco.xmpp.archive.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Reads the user's archive back through MAM and compares it with the plan, per conversation: count,
 * a content hash, and the messages missing, different or stored twice.
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
        new ArchiveReader(session).read(null, since, comparison::add);
        Duration reading = Duration.ofNanos(System.nanoTime() - start);
        try (HistoryPlan.Entries entries = plan.open()) {
            return comparison.compare(entries, summary, reading);
        }
    }
}
