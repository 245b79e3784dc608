package org.trasloco.xmpp.archive.verify;

import java.util.List;
import org.jivesoftware.smack.packet.IQ;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;

/**
 * The server's answer to a {@link DigestRequest}: how many imported items the archive holds, and per
 * correspondent ({@code with}) their number and digest ({@link ItemDigests}).
 */
public final class ArchiveDigest extends IQ {

    private final long items;
    private final List<Conversation> conversations;

    /**
     * An answer.
     *
     * @param items imported items counted in all
     * @param conversations per correspondent
     */
    public ArchiveDigest(long items, List<Conversation> conversations) {
        super(ArchiveImport.DIGEST, ArchiveImport.NAMESPACE);
        setType(Type.result);
        this.items = items;
        this.conversations = List.copyOf(conversations);
    }

    /** Imported items counted in all. */
    public long items() {
        return items;
    }

    /** Per correspondent, in the server's order. */
    public List<Conversation> conversations() {
        return conversations;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("items", Long.toString(items)).rightAngleBracket();
        for (Conversation conversation : conversations) {
            xml.append("<conversation with='").escapeAttributeValue(conversation.with()).append("' items='")
                    .append(Long.toString(conversation.items())).append("' sha256='").append(conversation.sha256())
                    .append("'/>");
        }
        return xml;
    }

    /**
     * The imported items of one correspondent.
     *
     * @param with the correspondent's bare address, as the archive stores it
     * @param items how many
     * @param sha256 their digest, lower-case hex
     */
    public record Conversation(String with, long items, String sha256) {
    }
}
