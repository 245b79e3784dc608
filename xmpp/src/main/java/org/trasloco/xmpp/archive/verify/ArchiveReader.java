package org.trasloco.xmpp.archive.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.archive.ArchiveMessages;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Pages through the logged-in user's own archive (XEP-0313 with XEP-0059 paging), page after page,
 * in the archive's order. Results are collected in arrival order and handed over after each page's
 * end, so none is missed or seen twice.
 */
public final class ArchiveReader {

    /** The page size asked for; servers answer with fewer when their limit is lower. */
    public static final int PAGE_SIZE = 250;
    /**
     * How long to wait for a page or a digest: some storage reads the user's whole archive for each
     * (Prosody's internal storage reads 100,000 messages in seconds, far longer on a busy server).
     */
    static final Duration SLOW_ANSWER = Duration.ofMinutes(3);

    static {
        ProviderManager.addExtensionProvider(MamResultElement.ELEMENT, MamResultElement.NAMESPACE, new MamResultProvider());
        ProviderManager.addIQProvider("fin", MamResultElement.NAMESPACE, new MamFinProvider());
    }

    private final XmppSession session;

    /**
     * A reader over a session.
     *
     * @param session a logged-in session
     */
    public ArchiveReader(XmppSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * How many items the whole archive holds, as the server reports it (a query for no items, with
     * the XEP-0059 count), without reading them.
     *
     * @return the count, or empty when the server does not report one
     * @throws TraslocoException {@code CONNECTION} when the connection fails, {@code REFUSED} when
     *     the server refuses the query
     */
    public OptionalLong reportedCount() {
        MamQuery query = new MamQuery(UUID.randomUUID().toString(), null, null, 0, null);
        query.setStanzaId();
        try {
            MamFin fin = session.request(query, ArchiveMessages.STEP_READ_BACK);
            return fin.count() >= 0 ? OptionalLong.of(fin.count()) : OptionalLong.empty();
        } catch (XMPPException.XMPPErrorException e) {
            throw refused(e);
        }
    }

    /**
     * Reads every item (of one correspondent, from a moment on, when given).
     *
     * @param with the correspondent's bare address, or {@code null} for all
     * @param start the earliest moment, or {@code null}
     * @param consumer called once per item, in archive order
     * @return how many items were read
     * @throws TraslocoException {@code CONNECTION} when the connection fails, {@code REFUSED} when
     *     the server refuses the query
     */
    public long read(String with, Instant start, Consumer<ArchivedItem> consumer) {
        return read(with, start, consumer, true);
    }

    /**
     * Reads the first page only (at most {@link #PAGE_SIZE} items; fewer when the server's limit is
     * lower): a sample of what MAM returns.
     *
     * @param with the correspondent's bare address, or {@code null} for all
     * @param start the earliest moment, or {@code null}
     * @param consumer called once per item, in archive order
     * @return how many items were read
     * @throws TraslocoException {@code CONNECTION} when the connection fails, {@code REFUSED} when
     *     the server refuses the query
     */
    public long readFirstPage(String with, Instant start, Consumer<ArchivedItem> consumer) {
        return read(with, start, consumer, false);
    }

    private long read(String with, Instant start, Consumer<ArchivedItem> consumer, boolean allPages) {
        XMPPTCPConnection connection = session.connection();
        String queryId = UUID.randomUUID().toString();
        StanzaFilter results = stanza -> stanza instanceof Message message
                && message.getExtension(MamResultElement.QNAME) instanceof MamResultElement result
                && queryId.equals(result.queryId());
        long count = 0;
        String after = null;
        try (StanzaCollector collector = connection.createStanzaCollector(
                StanzaCollector.newConfiguration().setStanzaFilter(results).setSize(PAGE_SIZE * 4))) {
            while (true) {
                MamQuery query = new MamQuery(queryId, with, start, PAGE_SIZE, after);
                query.setStanzaId();
                MamFin fin = session.request(query, ArchiveMessages.STEP_READ_BACK, SLOW_ANSWER);
                Message message;
                while ((message = collector.pollResult()) != null) {
                    consumer.accept(((MamResultElement) message.getExtension(MamResultElement.QNAME)).item());
                    count++;
                }
                if (!allPages || fin.complete() || fin.last() == null) {
                    return count;
                }
                after = fin.last();
            }
        } catch (XMPPException.XMPPErrorException e) {
            throw refused(e);
        }
    }

    private TraslocoException refused(XMPPException.XMPPErrorException e) {
        return new TraslocoException(TraslocoException.Kind.REFUSED,
                org.trasloco.core.i18n.LocalizedText.of(ArchiveMessages.READ_REFUSED, session.address().domain(),
                        e.getStanzaError().getCondition().toString()), e);
    }
}
