package org.trasloco.xmpp.archive.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaError;
import org.jxmpp.jid.EntityBareJid;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;
import org.trasloco.xmpp.archive.protocol.ImportLimits;
import org.trasloco.xmpp.archive.protocol.ImportRequest;
import org.trasloco.xmpp.archive.protocol.ImportResult;
import org.trasloco.xmpp.archive.protocol.ImportResultProvider;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Batches through the archive-import module, into the user's own archive or a room's: idempotent,
 * so a batch can always be sent again.
 */
final class ImportChannel implements Channel {

    /** Requests on their way at once: the server works on one while the next one travels. */
    private static final int WINDOW = 3;

    private final XmppSession session;
    private final ImportLimits limits;
    private final boolean acceptLive;
    /** The room whose archive takes the batches, or {@code null} for the user's own archive. */
    private final EntityBareJid room;
    /** Each message's XML, written when the batch cutter measures it and used once when it is sent. */
    private final Map<String, String> written = new HashMap<>();

    ImportChannel(XmppSession session, ImportLimits limits, boolean acceptLive, EntityBareJid room) {
        this.session = Objects.requireNonNull(session, "session");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.acceptLive = acceptLive;
        this.room = room;
        ImportResultProvider.ensureRegistered();
    }

    @Override
    public int maxItems() {
        return limits.maxItems();
    }

    @Override
    public int maxBatchBytes() {
        return Math.max(1, limits.maxRequestSize() - ImportRequest.OVERHEAD_BYTES);
    }

    @Override
    public int itemBytes(ArchiveEntry entry) {
        String xml = ImportRequest.item(entry);
        written.put(entry.id(), xml);
        return ImportRequest.utf8Length(xml);
    }

    @Override
    public int window() {
        return WINDOW;
    }

    @Override
    public Pending send(List<ArchiveEntry> batch, String after) {
        List<String> items = new ArrayList<>(batch.size());
        for (ArchiveEntry entry : batch) {
            String xml = written.remove(entry.id());
            items.add(xml != null ? xml : ImportRequest.item(entry));
        }
        ImportRequest request = ImportRequest.ofItems(items, acceptLive, after);
        if (room != null) {
            request.setTo(room);
        }
        request.setStanzaId();
        StanzaCollector collector;
        try {
            collector = session.connection().createStanzaCollectorAndSend(new StanzaIdFilter(request.getStanzaId()),
                    request);
        } catch (SmackException.NotConnectedException e) {
            throw session.lost(e, ArchiveMessages.STEP_IMPORT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
        return new Pending() {
            @Override
            public Set<String> await() throws RetryLater {
                try {
                    ImportResult result = collector.nextResultOrThrow(session.settings().replyTimeout().toMillis());
                    Set<String> stored = new HashSet<>();
                    result.items().forEach(item -> stored.add(item.id()));
                    return stored;
                } catch (XMPPException.XMPPErrorException e) {
                    throw refusal(e.getStanzaError(), e);
                } catch (SmackException e) {
                    throw session.lost(e, ArchiveMessages.STEP_IMPORT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
                } finally {
                    collector.cancel();
                }
            }

            @Override
            public void abandon() {
                collector.cancel();
            }
        };
    }

    private RetryLater refusal(StanzaError error, Exception cause) throws RetryLater {
        String domain = session.address().domain();
        String text = error.getDescriptiveText() != null ? error.getDescriptiveText() : error.getCondition().toString();
        if (error.getType() == StanzaError.Type.WAIT) {
            throw new RetryLater(retryAfter(error), text);
        }
        if (appCondition(error, "out-of-order") != null) {
            // The request before it failed; it is sent again, then this one.
            throw new RetryLater(Duration.ZERO, text);
        }
        if (appCondition(error, "live-messages") != null) {
            String since = appCondition(error, "live-messages").getAttributeValue("since");
            throw refused(room != null ? LocalizedText.of(ArchiveMessages.IMPORT_ROOM_LIVE_MESSAGES, room.toString(),
                    since == null ? "?" : since)
                    : LocalizedText.of(ArchiveMessages.IMPORT_LIVE_MESSAGES, domain, since == null ? "?" : since), cause);
        }
        StandardExtensionElement quota = appCondition(error, "quota-reached");
        if (quota != null) {
            long limit = parseLong(quota.getAttributeValue("limit"));
            throw refused(room != null ? LocalizedText.of(ArchiveMessages.IMPORT_ROOM_QUOTA, room.toString(), limit)
                    : LocalizedText.of(ArchiveMessages.IMPORT_QUOTA, domain, limit), cause);
        }
        if (appCondition(error, "not-owner") != null) {
            throw refused(LocalizedText.of(ArchiveMessages.IMPORT_ROOM_NOT_OWNER, String.valueOf(room)), cause);
        }
        StandardExtensionElement notMember = appCondition(error, "not-a-member");
        if (notMember != null) {
            throw refused(LocalizedText.of(ArchiveMessages.IMPORT_ROOM_NOT_MEMBER, String.valueOf(room),
                    notMember.getAttributeValue("id"), text), cause);
        }
        StandardExtensionElement foreign = appCondition(error, "foreign-message");
        if (foreign != null) {
            throw refused(LocalizedText.of(ArchiveMessages.IMPORT_FORBIDDEN, domain, foreign.getAttributeValue("id"), text),
                    cause);
        }
        throw refused(LocalizedText.of(ArchiveMessages.IMPORT_REFUSED, room != null ? room.toString() : domain, text),
                cause);
    }

    private static StandardExtensionElement appCondition(StanzaError error, String name) {
        Object element = error.getExtension(name, ArchiveImport.NAMESPACE);
        return element instanceof StandardExtensionElement standard ? standard : null;
    }

    private static Duration retryAfter(StanzaError error) {
        StandardExtensionElement limited = appCondition(error, "rate-limited");
        long seconds = limited == null ? 0 : parseLong(limited.getAttributeValue("retry-after"));
        return seconds > 0 ? Duration.ofSeconds(seconds) : null;
    }

    private static long parseLong(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static TraslocoException refused(LocalizedText text, Exception cause) {
        return new TraslocoException(TraslocoException.Kind.REFUSED, text, cause);
    }

    @Override
    public Set<String> stored(Set<String> unsure, Instant since) {
        // Sending again is harmless: the server answers "existing" for what it holds.
        return Set.of();
    }

    @Override
    public boolean duplicatesOnResend() {
        return false;
    }
}
