package org.trasloco.xmpp.archive.protocol;

import java.util.List;
import org.jivesoftware.smack.packet.IQ;
import org.trasloco.xmpp.archive.ArchiveEntry;

/**
 * {@code <iq type='set'><replace xmlns='urn:trasloco:archive-import:0'>} with one
 * {@code <forwarded/>} per imported message to store anew under its key (protocol section 9.3), e.g.
 * a message that now carries the link of an attachment uploaded later.
 */
public final class ReplaceRequest extends IQ {

    private final String items;
    private final int count;

    /**
     * A request.
     *
     * @param entries the messages as they should be stored now
     */
    public ReplaceRequest(List<ArchiveEntry> entries) {
        super(ArchiveImport.REPLACE, ArchiveImport.NAMESPACE);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a replacing request carries at least one message");
        }
        StringBuilder xml = new StringBuilder();
        entries.forEach(entry -> MessageXml.forwarded(xml, entry, false));
        this.items = xml.toString();
        this.count = entries.size();
        setType(Type.set);
    }

    /** How many messages the request carries. */
    public int count() {
        return count;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.rightAngleBracket();
        xml.append(items);
        return xml;
    }
}
