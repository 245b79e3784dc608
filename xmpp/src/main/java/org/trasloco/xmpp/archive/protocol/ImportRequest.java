package org.trasloco.xmpp.archive.protocol;

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
        this(entries.stream().map(ImportRequest::item).toList(), acceptLive, after, entries.size());
    }

    /**
     * A request of messages already written with {@link #item(ArchiveEntry)} (a client that
     * measured them while cutting batches writes each only once).
     *
     * @param items the {@code <forwarded/>} of each message, oldest first
     * @param acceptLive whether to import even when the archive already holds newer live messages
     * @param after the id of the previous request's last message, or {@code null}
     * @param count how many items there are
     */
    private ImportRequest(List<String> items, boolean acceptLive, String after, int count) {
        super(ArchiveImport.REQUEST, ArchiveImport.NAMESPACE);
        setType(Type.set);
        int length = 0;
        for (String item : items) {
            length += item.length();
        }
        StringBuilder xml = new StringBuilder(length);
        items.forEach(xml::append);
        this.items = xml.toString();
        this.count = count;
        this.acceptLive = acceptLive;
        this.after = after;
    }

    /**
     * A request of messages already written with {@link #item(ArchiveEntry)}.
     *
     * @param items the {@code <forwarded/>} of each message, oldest first
     * @param acceptLive whether to import even when the archive already holds newer live messages
     * @param after the id of the previous request's last message, or {@code null}
     * @return the request
     */
    public static ImportRequest ofItems(List<String> items, boolean acceptLive, String after) {
        return new ImportRequest(List.copyOf(items), acceptLive, after, items.size());
    }

    /**
     * One message as a request carries it: {@code <forwarded/>} with its {@code <delay/>}.
     *
     * @param entry the message
     * @return the XML
     */
    public static String item(ArchiveEntry entry) {
        StringBuilder xml = new StringBuilder(400);
        MessageXml.forwarded(xml, entry, false);
        return xml.toString();
    }

    /**
     * The size one message adds to a request, for cutting batches under the server's limit.
     *
     * @param entry the message
     * @return its bytes in UTF-8
     */
    public static int itemBytes(ArchiveEntry entry) {
        return utf8Length(item(entry));
    }

    /**
     * The UTF-8 size of a text, without encoding it.
     *
     * @param text the text
     * @return its bytes in UTF-8
     */
    public static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
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
