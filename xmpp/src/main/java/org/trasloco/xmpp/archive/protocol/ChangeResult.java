package org.trasloco.xmpp.archive.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jivesoftware.smack.packet.IQ;

/**
 * The answer to a request that changes imported items (protocol section 9):
 * {@code <readdressed/>} with the status {@code moved} or {@code unchanged} per item, or
 * {@code <replaced/>} with {@code replaced}. Every item listed is in the archive as asked.
 */
public final class ChangeResult extends IQ {

    private final List<Item> items;

    /**
     * A result.
     *
     * @param element {@link ArchiveImport#READDRESSED} or {@link ArchiveImport#REPLACED}
     * @param items one per message of the request
     */
    public ChangeResult(String element, List<Item> items) {
        super(element, ArchiveImport.NAMESPACE);
        this.items = List.copyOf(items);
        setType(Type.result);
    }

    /** One entry per message, in request order. */
    public List<Item> items() {
        return items;
    }

    /**
     * How many items have a status.
     *
     * @param status e.g. {@code moved}
     * @return the number
     */
    public long count(String status) {
        return items.stream().filter(item -> item.status().equals(status)).count();
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        items.forEach(item -> counts.merge(item.status(), 1L, Long::sum));
        counts.forEach((status, count) -> xml.attribute(status, count.toString()));
        xml.rightAngleBracket();
        for (Item item : items) {
            xml.halfOpenElement("item").attribute("id", item.id()).attribute("status", item.status()).closeEmptyElement();
        }
        return xml;
    }

    /**
     * One message's outcome.
     *
     * @param id its key
     * @param status {@code moved}, {@code unchanged} or {@code replaced}
     */
    public record Item(String id, String status) {

        /**
         * Checks the parts.
         *
         * @param id the key
         * @param status the status
         */
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
        }
    }
}
