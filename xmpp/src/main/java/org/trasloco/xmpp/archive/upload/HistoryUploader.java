package org.trasloco.xmpp.archive.upload;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.plan.HistoryPlan;
import org.trasloco.xmpp.archive.plan.PlanSummary;
import org.trasloco.xmpp.archive.protocol.ImportDiscovery;
import org.trasloco.xmpp.archive.protocol.ImportLimits;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Puts a plan into the user's archive, batch after batch, oldest first, and records each batch in
 * the ledger as "sent" and, once the server confirms it, "acknowledged". On the notes path, where a
 * message sent twice is stored twice, "sent" is on disk before the batch leaves; on the import path,
 * where the server answers "existing" for a message sent again, the ledger is written about once a
 * second, so waiting for the disk does not hold up the batches. Runs on
 * the caller's thread until everything is confirmed; {@link UploadControl} pauses or cancels it from
 * another thread. Run it again after any interruption: it skips what is acknowledged and settles what
 * was only sent (sent again through the idempotent import; looked up in the archive for notes).
 *
 * <p>Several import requests travel at once (the channel's window), each naming the last message
 * of the one before; when one fails, it and all after it are sent again in order, so the archive
 * receives the history in the plan's order.
 *
 * <p>Messages the archive holds already but that changed since they were sent (the ledger keeps
 * their correspondent and content as sent) are changed afterwards: see {@link ArchiveChanges}.
 */
public final class HistoryUploader {

    private static final System.Logger LOG = System.getLogger(HistoryUploader.class.getName());
    /** How often the ledger is written on the import path, where a batch sent twice is stored once. */
    private static final long LEDGER_INTERVAL_NANOS = 1_000_000_000L;

    private final SessionOpener opener;
    private final UploadLedger ledger;
    private final HistoryPlan plan;
    private final PlanSummary summary;
    private final UploadSettings settings;
    private final UploadControl control;
    private final UploadListener listener;

    private XmppSession session;
    private Channel channel;
    private ImportLimits limits;
    private Pacer pacer;
    private Backoff backoff;
    private String domain;
    private long started;
    private long firstSend = -1;
    private long bytesDone;
    private long sentNow;
    private long alreadyThere;
    private int reconnections;
    /** Messages in the archive that changed since they were sent. */
    private final List<ArchiveChanges.Change> changed = new ArrayList<>();
    /** Confirmed by the server, not yet in the ledger. */
    private final List<String> unrecorded = new ArrayList<>();
    private Instant unrecordedAt;
    /** Sent through the idempotent import, not yet in the ledger. */
    private final List<UploadLedger.Sent> unrecordedSent = new ArrayList<>();
    private Instant unrecordedSentAt;
    private long ledgerWritten = System.nanoTime();

    /**
     * An upload.
     *
     * @param opener opens logged-in sessions to the account
     * @param ledger the account's ledger in the workspace
     * @param plan what to upload
     * @param summary the plan's numbers ({@link HistoryPlan#summarize()})
     * @param settings the path and the waits
     * @param control pause, resume, cancel
     * @param listener told about progress
     */
    public HistoryUploader(SessionOpener opener, UploadLedger ledger, HistoryPlan plan, PlanSummary summary,
            UploadSettings settings, UploadControl control, UploadListener listener) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.control = Objects.requireNonNull(control, "control");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Uploads everything not yet confirmed.
     *
     * @return what was done
     * @throws TraslocoException {@code REFUSED} when the server refuses the history (with the reason
     *     in plain words), {@code CONNECTION} when the connection fails at the start or cannot be
     *     restored, {@code CANCELLED} when cancelled, {@code STORAGE} when the workspace fails
     */
    public UploadReport run() {
        started = System.nanoTime();
        backoff = new Backoff(settings.firstRetry(), settings.maxRetry());
        report(UploadProgress.State.CONNECTING);
        Map<String, UploadLedger.Sent> acknowledged = ledger.confirmed();
        List<UploadLedger.Entry> unsure = ledger.unacknowledged();
        connect();
        try {
            if (!unsure.isEmpty() && channel.duplicatesOnResend()) {
                Set<String> ids = new HashSet<>();
                unsure.forEach(entry -> ids.add(entry.messageId()));
                Instant since = unsure.stream().map(UploadLedger.Entry::sentAt).min(Comparator.naturalOrder()).orElseThrow();
                Set<String> found = channel.stored(ids, since);
                ledger.markAcknowledged(found, Instant.now());
                if (!found.isEmpty()) {
                    acknowledged = ledger.confirmed();
                }
            }
            report(UploadProgress.State.SENDING);
            ArchiveChanges changes;
            try (HistoryPlan.Entries entries = plan.open()) {
                upload(new BatchCutter(entries, acknowledged));
                recordConfirmed();
                acknowledged = null; // only the changed messages are needed from here on
                changes = new ArchiveChanges(session, ledger, settings.path(), limits, control, backoff);
                changes.apply(changed);
            } catch (RuntimeException e) {
                try {
                    recordConfirmed();
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
            report(UploadProgress.State.FINISHED);
            return new UploadReport(settings.path(), summary.entries(), sentNow, alreadyThere, reconnections,
                    Duration.ofNanos(System.nanoTime() - started), new UploadReport.Changes(changes.readdressed(),
                            changes.replaced(), changes.unchangeable()));
        } finally {
            closeSession();
        }
    }

    /**
     * Keeps up to the channel's window of batches on their way and settles them in order. When one
     * fails, it and every batch after it go back to the front of the queue and are sent again, in
     * order, after waiting or reconnecting.
     */
    private void upload(BatchCutter cutter) {
        Deque<Outgoing> queue = new ArrayDeque<>();
        Deque<InFlight> inFlight = new ArrayDeque<>();
        String anchor = null;
        while (true) {
            while (inFlight.size() < channel.window()) {
                Outgoing next = queue.isEmpty() ? nextBatch(cutter) : queue.poll();
                if (next == null) {
                    break;
                }
                try {
                    inFlight.add(new InFlight(next, channel.send(next.batch(), anchor)));
                    anchor = next.batch().get(next.batch().size() - 1).id();
                } catch (TraslocoException e) {
                    queue.addFirst(next);
                    fail(e, null, queue, inFlight);
                    anchor = null;
                }
            }
            if (inFlight.isEmpty()) {
                return;
            }
            InFlight head = inFlight.peek();
            try {
                Set<String> stored = head.pending().await();
                inFlight.poll();
                List<ArchiveEntry> rest = confirm(head.outgoing().batch(), stored);
                backoff.reset();
                report(UploadProgress.State.SENDING);
                if (!rest.isEmpty()) {
                    queue.addFirst(new Outgoing(rest, head.outgoing().sentAt()));
                    fail(null, null, queue, inFlight);
                    anchor = null;
                }
            } catch (RetryLater later) {
                fail(null, later, queue, inFlight);
                anchor = null;
            } catch (TraslocoException e) {
                fail(e, null, queue, inFlight);
                anchor = null;
            }
        }
    }

    /** Cuts the next batch from the plan and records it as sent, after pausing and pacing. */
    private Outgoing nextBatch(BatchCutter cutter) {
        List<ArchiveEntry> batch = cutter.next(channel);
        if (batch.isEmpty()) {
            return null;
        }
        control.checkpoint(() -> {
            recordConfirmed();
            report(UploadProgress.State.PAUSED);
        });
        Duration pace = pacer.book(batch.size());
        if (!pace.isZero()) {
            recordConfirmed();
            control.sleep(pace);
        }
        if (firstSend < 0) {
            firstSend = System.nanoTime();
        }
        Instant sentAt = Instant.now();
        batch.forEach(entry -> unrecordedSent.add(ArchiveChanges.asSent(entry, ledger.account())));
        if (unrecordedSentAt == null) {
            unrecordedSentAt = sentAt;
        }
        // Sent twice, stored twice: the ledger must hold "sent" before the batch leaves. Sent twice,
        // stored once: it is written about once a second, off the way of the batches (each write
        // waits for the disk).
        if (channel.duplicatesOnResend() || System.nanoTime() - ledgerWritten >= LEDGER_INTERVAL_NANOS) {
            recordConfirmed();
        }
        return new Outgoing(batch, sentAt);
    }

    /**
     * Puts every batch on its way back at the front of the queue, then waits as the server asked,
     * or reconnects and, on a path where sending twice stores twice, drops what the archive holds.
     *
     * @param error a failure, or {@code null}; anything but a lost connection ends the upload
     * @param later the server's request to wait, or {@code null}
     */
    private void fail(TraslocoException error, RetryLater later, Deque<Outgoing> queue, Deque<InFlight> inFlight) {
        recordConfirmed();
        while (!inFlight.isEmpty()) {
            InFlight last = inFlight.pollLast();
            last.pending().abandon();
            queue.addFirst(last.outgoing());
        }
        if (error != null) {
            if (error.kind() != TraslocoException.Kind.CONNECTION) {
                throw error;
            }
            reconnect(error);
            if (channel.duplicatesOnResend()) {
                settleUnsure(queue);
            }
        } else if (later != null) {
            LOG.log(Level.DEBUG, "server asked to wait: {0}", later.getMessage());
            if (later.after() == null || !later.after().isZero()) {
                report(UploadProgress.State.WAITING);
                control.sleep(later.after() != null ? later.after() : backoff.next());
                report(UploadProgress.State.SENDING);
            }
        } else {
            control.sleep(backoff.next());
        }
    }

    /** Confirms the queued messages the archive holds already and leaves the rest queued. */
    private void settleUnsure(Deque<Outgoing> queue) {
        Set<String> unsure = new HashSet<>();
        Instant since = null;
        for (Outgoing outgoing : queue) {
            outgoing.batch().forEach(entry -> unsure.add(entry.id()));
            since = since == null || outgoing.sentAt().isBefore(since) ? outgoing.sentAt() : since;
        }
        if (unsure.isEmpty()) {
            return;
        }
        Set<String> stored = channel.stored(unsure, since);
        List<Outgoing> kept = new ArrayList<>();
        for (Outgoing outgoing : queue) {
            List<ArchiveEntry> rest = confirm(outgoing.batch(), stored);
            if (!rest.isEmpty()) {
                kept.add(new Outgoing(rest, outgoing.sentAt()));
            }
        }
        queue.clear();
        queue.addAll(kept);
    }

    /**
     * Counts what the server confirmed and keeps it for the ledger, which gets it with the next
     * batch or {@link #recordConfirmed()}; returns the rest. Were it never written (a crash in
     * between), nothing is lost or doubled: the next run sends it again through the idempotent
     * import (the server answers "existing"), or finds it in the archive on the notes path.
     */
    private List<ArchiveEntry> confirm(List<ArchiveEntry> sent, Set<String> stored) {
        List<ArchiveEntry> rest = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        for (ArchiveEntry entry : sent) {
            if (stored.contains(entry.id())) {
                confirmed.add(entry.id());
                sentNow++;
                bytesDone += entry.bodyBytes();
            } else {
                rest.add(entry);
            }
        }
        if (!confirmed.isEmpty()) {
            unrecorded.addAll(confirmed);
            unrecordedAt = Instant.now();
        }
        return rest;
    }

    /** Writes what was sent or confirmed and the ledger does not hold yet, in one transaction. */
    private void recordConfirmed() {
        if (!unrecorded.isEmpty() || !unrecordedSent.isEmpty()) {
            Instant now = Instant.now();
            ledger.recordSent(unrecorded, unrecordedAt == null ? now : unrecordedAt, unrecordedSent, settings.path().id(),
                    unrecordedSentAt == null ? now : unrecordedSentAt);
            unrecorded.clear();
            unrecordedSent.clear();
            unrecordedSentAt = null;
        }
        ledgerWritten = System.nanoTime();
    }

    private void connect() {
        session = opener.open();
        try {
            domain = session.address().domain();
            channel = channel(session);
        } catch (RuntimeException e) {
            closeSession();
            throw e;
        }
    }

    private Channel channel(XmppSession opened) {
        if (settings.path() == UploadPath.NOTES) {
            if (pacer == null) {
                pacer = new Pacer(0);
            }
            return new NotesChannel(opened);
        }
        limits = ImportDiscovery.discover(opened).orElseThrow(() -> new TraslocoException(
                TraslocoException.Kind.REFUSED, ArchiveMessages.IMPORT_UNAVAILABLE, opened.address().domain()));
        if (pacer == null) {
            pacer = new Pacer(limits.rate());
        }
        return new ImportChannel(opened, limits, settings.acceptLive());
    }

    private void reconnect(TraslocoException cause) {
        LOG.log(Level.INFO, "connection to {0} lost, reconnecting: {1}", domain, cause.getMessage());
        closeSession();
        long outageStart = System.nanoTime();
        report(UploadProgress.State.RECONNECTING);
        while (true) {
            control.sleep(backoff.next());
            try {
                connect();
                reconnections++;
                backoff.reset();
                report(UploadProgress.State.SENDING);
                return;
            } catch (TraslocoException e) {
                if (e.kind() != TraslocoException.Kind.CONNECTION) {
                    throw e;
                }
                if (System.nanoTime() - outageStart > settings.maxOutage().toNanos()) {
                    throw new TraslocoException(TraslocoException.Kind.CONNECTION, LocalizedText.of(
                            ArchiveMessages.UPLOAD_GAVE_UP, domain, Math.max(1, settings.maxOutage().toMinutes())), e);
                }
                LOG.log(Level.DEBUG, "still no connection to {0}: {1}", domain, e.getMessage());
            }
        }
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "closing a broken session failed", e);
            }
            session = null;
        }
    }

    private void report(UploadProgress.State state) {
        long now = System.nanoTime();
        long done = sentNow + alreadyThere;
        Duration remaining = null;
        if (firstSend >= 0 && sentNow > 0) {
            double perSecond = sentNow / ((now - firstSend) / 1e9);
            long left = summary.entries() - done;
            remaining = perSecond > 0 ? Duration.ofSeconds((long) Math.ceil(left / perSecond)) : null;
        }
        listener.progress(new UploadProgress(state, done, sentNow, summary.entries(), bytesDone, summary.bodyBytes(),
                Duration.ofNanos(now - started), remaining));
    }

    /** A batch recorded as sent, waiting to go (again). */
    private record Outgoing(List<ArchiveEntry> batch, Instant sentAt) {
    }

    /** A batch on its way. */
    private record InFlight(Outgoing outgoing, Channel.Pending pending) {
    }

    /**
     * Cuts the plan's entries into batches, skipping what the ledger says is in the archive (and
     * noting those of them that changed since they were sent).
     */
    private final class BatchCutter {

        private final Iterator<ArchiveEntry> entries;
        private final Map<String, UploadLedger.Sent> acknowledged;
        private ArchiveEntry carried;

        BatchCutter(Iterator<ArchiveEntry> entries, Map<String, UploadLedger.Sent> acknowledged) {
            this.entries = entries;
            this.acknowledged = acknowledged;
        }

        List<ArchiveEntry> next(Channel limits) {
            List<ArchiveEntry> batch = new ArrayList<>();
            int batchBytes = 0;
            while (carried != null || entries.hasNext()) {
                ArchiveEntry entry = carried != null ? carried : entries.next();
                carried = null;
                UploadLedger.Sent sent = acknowledged.get(entry.id());
                if (sent != null) {
                    alreadyThere++;
                    bytesDone += entry.bodyBytes();
                    if (ArchiveChanges.Change.changed(entry, sent, ledger.account())) {
                        changed.add(new ArchiveChanges.Change(entry, sent));
                    }
                    continue;
                }
                int size = limits.itemBytes(entry);
                if (!batch.isEmpty()
                        && (batch.size() >= limits.maxItems() || batchBytes + size > limits.maxBatchBytes())) {
                    carried = entry;
                    break;
                }
                batch.add(entry);
                batchBytes += size;
            }
            return batch;
        }
    }
}
