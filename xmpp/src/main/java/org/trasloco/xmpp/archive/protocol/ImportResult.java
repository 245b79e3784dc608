package org.trasloco.xmpp.archive.protocol;

import java.util.List;
import org.jivesoftware.smack.packet.IQ;

/**
 * {@code <imported xmlns='urn:trasloco:archive-import:0'>}: per message of the request, whether it
 * was added now or was in the archive already. Both mean it is stored.
 */
public final class ImportResult extends IQ {

    private final List<Item> items;

    /**
     * A result.
     *
     * @param items one per message of the request
     */
    public ImportResult(List<Item> items) {
        super(ArchiveImport.RESULT, ArchiveImport.NAMESPACE);
        this.items = List.copyOf(items);
        setType(Type.result);
    }

    /** One entry per message. */
    public List<Item> items() {
        return items;
    }

    /** How many messages were added now. */
    public long added() {
        return items.stream().filter(item -> !item.existing()).count();
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.rightAngleBracket();
        for (Item item : items) {
            xml.halfOpenElement("item").attribute("id", item.id()).attribute("status", item.existing() ? "existing" : "added")
                    .closeEmptyElement();
        }
        return xml;
    }

    /**
     * One message's outcome.
     *
     * @param id its id
     * @param existing {@code true} when the archive held it already
     */
    public record Item(String id, boolean existing) {
    }
}
