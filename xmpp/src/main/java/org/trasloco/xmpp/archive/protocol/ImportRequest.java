package org.trasloco.xmpp.archive.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jivesoftware.smack.packet.IQ;
import org.trasloco.xmpp.archive.ArchiveEntry;

/**
 * {@code <iq type='set'><import xmlns='urn:trasloco:archive-import:0'>} with one
 * {@code <forwarded/>} per message, addressed to the user's own account (no {@code to}).
 */
public final class ImportRequest extends IQ {

    /** Bytes of the request around its items: the IQ, the element, a long id. */
    public static final int OVERHEAD_BYTES = 256;

    private final String items;
    private final int count;
    private final boolean acceptLive;
    private final String after;

    /**
     * A request for some messages.
     *
     * @param entries the messages, oldest first
     * @param acceptLive whether to import even when the archive already holds newer live messages
     */
    public ImportRequest(List<ArchiveEntry> entries, boolean acceptLive) {
        this(entries, acceptLive, null);
    }

    /**
     * A request that follows another one sent just before it, without waiting for its answer.
     *
     * @param entries the messages, oldest first
     * @param acceptLive whether to import even when the archive already holds newer live messages
     * @param after the id of the previous request's last message: this request is refused unless
     *     the archive holds it; {@code null} for none
     */
    public ImportRequest(List<ArchiveEntry> entries, boolean acceptLive, String after) {
        super(ArchiveImport.REQUEST, ArchiveImport.NAMESPACE);
        setType(Type.set);
        StringBuilder xml = new StringBuilder(entries.size() * 400);
        for (ArchiveEntry entry : entries) {
            MessageXml.forwarded(xml, entry, false);
        }
        this.items = xml.toString();
        this.count = entries.size();
        this.acceptLive = acceptLive;
        this.after = after;
    }

    /**
     * The size one message adds to a request, for cutting batches under the server's limit.
     *
     * @param entry the message
     * @return its bytes in UTF-8
     */
    public static int itemBytes(ArchiveEntry entry) {
        StringBuilder xml = new StringBuilder(400);
        MessageXml.forwarded(xml, entry, false);
        return xml.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The size of one message itself, which the server compares with its {@code max-item-size}.
     *
     * @param entry the message
     * @return its bytes in UTF-8
     */
    public static int messageBytes(ArchiveEntry entry) {
        StringBuilder xml = new StringBuilder(400);
        MessageXml.message(xml, entry, false);
        return xml.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** How many messages the request carries. */
    public int count() {
        return count;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        if (acceptLive) {
            xml.attribute("accept-live", "true");
        }
        xml.optAttribute("after", after);
        xml.rightAngleBracket();
        xml.append(items);
        return xml;
    }
}
