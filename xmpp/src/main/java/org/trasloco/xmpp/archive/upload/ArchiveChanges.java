package org.trasloco.xmpp.archive.upload;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaError;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.workspace.UploadLedger;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;
import org.trasloco.xmpp.archive.protocol.ChangeResult;
import org.trasloco.xmpp.archive.protocol.ChangeResultProvider;
import org.trasloco.xmpp.archive.protocol.ImportLimits;
import org.trasloco.xmpp.archive.protocol.ImportRequest;
import org.trasloco.xmpp.archive.protocol.ReaddressRequest;
import org.trasloco.xmpp.archive.protocol.ReplaceRequest;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Changes messages that are in the archive already to what the history says now, as the ledger
 * tells what each was when it was sent: a message filed under another correspondent since (an
 * invited person's real address instead of a placeholder) is re-addressed, one whose text or links
 * changed (an attachment uploaded since) is replaced (protocol section 9); on the notes path, where
 * the archive cannot be changed, it gets an XEP-0308 correction, which apps show in its place. Each
 * change is written to the ledger once the server confirms it: an interrupted run changes the rest
 * the next time, and nothing twice.
 */
final class ArchiveChanges {

    private static final System.Logger LOG = System.getLogger(ArchiveChanges.class.getName());
    /** Suffix of a correction's id: the original's id, this, and the first digits of the new content. */
    static final String CORRECTION = ".fix.";

    private final XmppSession session;
    private final UploadLedger ledger;
    private final UploadPath path;
    private final ImportLimits limits;
    private final UploadControl control;
    private final String owner;
    private final Backoff backoff;
    private long readdressed;
    private long replaced;
    private long unchangeable;

    /**
     * Changes over one session.
     *
     * @param session a logged-in session
     * @param ledger the account's ledger
     * @param path how the history went
     * @param limits the import module's limits and changes, or {@code null} on the notes path
     * @param control pause and cancel
     * @param backoff the waits between attempts the server asks for
     */
    ArchiveChanges(XmppSession session, UploadLedger ledger, UploadPath path, ImportLimits limits, UploadControl control,
            Backoff backoff) {
        this.session = Objects.requireNonNull(session, "session");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.path = Objects.requireNonNull(path, "path");
        this.limits = limits;
        this.control = Objects.requireNonNull(control, "control");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.owner = ledger.account();
        ChangeResultProvider.ensureRegistered();
    }

    /**
     * A confirmed message that changed since it was sent.
     *
     * @param entry the message as the history says now
     * @param sent what it was when it was sent
     */
    record Change(ArchiveEntry entry, UploadLedger.Sent sent) {

        /**
         * Whether a message changed since it was sent: its correspondent or its content, where the
         * ledger knows them.
         *
         * @param entry the message now
         * @param sent the message then
         * @param owner the account
         * @return whether it changed
         */
        static boolean changed(ArchiveEntry entry, UploadLedger.Sent sent, String owner) {
            return moved(entry, sent, owner) || rewritten(entry, sent);
        }

        private static boolean moved(ArchiveEntry entry, UploadLedger.Sent sent, String owner) {
            return sent.correspondent() != null && !sent.correspondent().equalsIgnoreCase(entry.with(owner));
        }

        private static boolean rewritten(ArchiveEntry entry, UploadLedger.Sent sent) {
            return sent.content() != null && !sent.content().equals(entry.contentDigest());
        }
    }

    /**
     * Makes the changes.
     *
     * @param changes the messages that changed
     * @throws TraslocoException {@code REFUSED} when the server refuses a change, {@code CONNECTION}
     *     when the connection fails (what was confirmed is in the ledger), {@code CANCELLED}
     */
    void apply(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        if (path == UploadPath.NOTES) {
            // A correction shows in apps as an edited note: only for notes that now carry files.
            correct(changes.stream().filter(change -> Change.rewritten(change.entry(), change.sent())
                    && !change.entry().links().isEmpty()).toList());
            return;
        }
        ImportLimits.Changes offered = limits.changes();
        Map<List<String>, List<Change>> moves = new LinkedHashMap<>();
        List<Change> replacements = new ArrayList<>();
        for (Change change : changes) {
            boolean rewritten = Change.rewritten(change.entry(), change.sent());
            if (!rewritten && offered.readdress()) {
                moves.computeIfAbsent(List.of(change.sent().correspondent(), change.entry().with(owner)),
                        pair -> new ArrayList<>()).add(change);
            } else if (offered.replace()) {
                replacements.add(change);
            } else {
                unchangeable++;
            }
        }
        moves.forEach((pair, moved) -> readdress(pair.get(0), pair.get(1), moved));
        replace(replacements);
        if (unchangeable > 0) {
            LOG.log(Level.INFO, "{0} cannot change {1} messages of its archive", session.address().domain(), unchangeable);
        }
    }

    /** Messages re-addressed now. */
    long readdressed() {
        return readdressed;
    }

    /** Messages replaced or corrected now. */
    long replaced() {
        return replaced;
    }

    /** Messages that changed and that the server cannot change. */
    long unchangeable() {
        return unchangeable;
    }

    private void readdress(String from, String to, List<Change> moved) {
        int maxBytes = limits.maxRequestSize() - ReaddressRequest.OVERHEAD_BYTES - from.length() - to.length();
        List<Change> request = new ArrayList<>();
        int bytes = 0;
        for (Change change : moved) {
            int size = ReaddressRequest.itemBytes(change.entry().id());
            if (!request.isEmpty() && (request.size() >= limits.maxReaddressItems() || bytes + size > maxBytes)) {
                readdressed += send(new ReaddressRequest(from, to, ids(request)), request);
                request = new ArrayList<>();
                bytes = 0;
            }
            request.add(change);
            bytes += size;
        }
        if (!request.isEmpty()) {
            readdressed += send(new ReaddressRequest(from, to, ids(request)), request);
        }
    }

    private void replace(List<Change> replacements) {
        int maxBytes = limits.maxRequestSize() - ImportRequest.OVERHEAD_BYTES;
        List<Change> request = new ArrayList<>();
        int bytes = 0;
        for (Change change : replacements) {
            int size = ImportRequest.itemBytes(change.entry());
            if (!request.isEmpty() && (request.size() >= limits.maxItems() || bytes + size > maxBytes)) {
                replaced += send(new ReplaceRequest(request.stream().map(Change::entry).toList()), request);
                request = new ArrayList<>();
                bytes = 0;
            }
            request.add(change);
            bytes += size;
        }
        if (!request.isEmpty()) {
            replaced += send(new ReplaceRequest(request.stream().map(Change::entry).toList()), request);
        }
    }

    /**
     * Sends one request until the server takes it (waiting when it asks to), then records the
     * messages it confirms as they are now.
     *
     * @return how many messages it confirmed
     */
    private long send(IQ request, List<Change> changes) {
        control.checkpoint(() -> { });
        while (true) {
            request.setStanzaId();
            try {
                ChangeResult result = session.request(request, ArchiveMessages.STEP_CHANGES);
                backoff.reset();
                Set<String> confirmed = new java.util.HashSet<>();
                result.items().forEach(item -> confirmed.add(item.id()));
                List<UploadLedger.Sent> now = new ArrayList<>();
                for (Change change : changes) {
                    if (confirmed.contains(change.entry().id())) {
                        now.add(asSent(change.entry()));
                    }
                }
                ledger.changed(now, Instant.now());
                return now.size();
            } catch (XMPPException.XMPPErrorException e) {
                StanzaError error = e.getStanzaError();
                if (error.getType() != StanzaError.Type.WAIT) {
                    String text = error.getDescriptiveText() != null ? error.getDescriptiveText()
                            : error.getCondition().toString();
                    throw new TraslocoException(TraslocoException.Kind.REFUSED,
                            LocalizedText.of(ArchiveMessages.CHANGES_REFUSED, session.address().domain(), text), e);
                }
                control.sleep(retryAfter(error));
            }
        }
    }

    private Duration retryAfter(StanzaError error) {
        Object limited = error.getExtension("rate-limited", ArchiveImport.NAMESPACE);
        if (limited instanceof StandardExtensionElement element) {
            try {
                long seconds = Long.parseLong(String.valueOf(element.getAttributeValue("retry-after")).strip());
                if (seconds > 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // The back-off below.
            }
        }
        return backoff.next();
    }

    /**
     * On the notes path: an XEP-0308 correction per changed note, sent once (its id says what it
     * corrects and to what, so a correction already confirmed is not sent again).
     */
    private void correct(List<Change> changes) {
        Map<String, UploadLedger.Sent> confirmed = ledger.confirmed();
        NotesChannel notes = new NotesChannel(session);
        List<ArchiveEntry> batch = new ArrayList<>();
        Map<String, Change> corrected = new LinkedHashMap<>();
        for (Change change : changes) {
            ArchiveEntry correction = correction(change.entry());
            if (confirmed.containsKey(correction.id())) {
                ledger.changed(List.of(asSent(change.entry())), Instant.now());
                replaced++;
                continue;
            }
            batch.add(correction);
            corrected.put(correction.id(), change);
            if (batch.size() >= notes.maxItems()) {
                sendCorrections(notes, batch, corrected);
                batch = new ArrayList<>();
                corrected = new LinkedHashMap<>();
            }
        }
        if (!batch.isEmpty()) {
            sendCorrections(notes, batch, corrected);
        }
    }

    private void sendCorrections(NotesChannel notes, List<ArchiveEntry> corrections, Map<String, Change> corrected) {
        control.checkpoint(() -> { });
        // Sent twice, stored twice: "sent" is on disk before the corrections leave, so that an
        // interrupted run looks them up in the archive instead of sending them again.
        ledger.markSentAs(corrections.stream().map(this::asSent).toList(), UploadPath.NOTES.id(), Instant.now());
        Function<String, String> replaces = id -> {
            Change change = corrected.get(id);
            return change == null ? null : change.entry().id();
        };
        Set<String> stored = notes.deliver(corrections, replaces);
        Instant now = Instant.now();
        List<String> confirmedCorrections = corrections.stream().map(ArchiveEntry::id).filter(stored::contains).toList();
        ledger.recordSent(confirmedCorrections, now, List.of(), UploadPath.NOTES.id(), now);
        ledger.changed(confirmedCorrections.stream().map(id -> asSent(corrected.get(id).entry())).toList(), now);
        replaced += confirmedCorrections.size();
    }

    /**
     * The correction of a note: the same note as it is now, under an id of its own.
     *
     * @param entry the note as the history says now
     * @return the correction
     */
    static ArchiveEntry correction(ArchiveEntry entry) {
        return new ArchiveEntry(entry.id() + CORRECTION + entry.contentDigest().substring(0, 8), entry.network(),
                entry.conversationKey(), entry.instant(), entry.from(), entry.to(), entry.body(), entry.links(),
                entry.note());
    }

    /**
     * What the ledger keeps of a message as it is sent, for this account.
     */
    private UploadLedger.Sent asSent(ArchiveEntry entry) {
        return asSent(entry, owner);
    }

    /**
     * What the ledger keeps of a message as it is sent: its correspondent and its content.
     *
     * @param entry the message
     * @param owner the account
     * @return its record
     */
    static UploadLedger.Sent asSent(ArchiveEntry entry, String owner) {
        return new UploadLedger.Sent(entry.id(), entry.with(owner).toLowerCase(Locale.ROOT), entry.contentDigest());
    }

    private static List<String> ids(List<Change> changes) {
        return changes.stream().map(change -> change.entry().id()).toList();
    }
}
