package org.trasloco.xmpp.archive.protocol;

import java.util.List;
import java.util.Objects;
import org.jivesoftware.smack.packet.IQ;

/**
 * {@code <iq type='set'><readdress xmlns='urn:trasloco:archive-import:0' from='OLD' to='NEW'>} with
 * one {@code <item id='KEY'/>} per imported message to file under another correspondent (protocol
 * section 9.2), addressed to the user's own account (no {@code to}).
 */
public final class ReaddressRequest extends IQ {

    /** Bytes of the request around its items. */
    public static final int OVERHEAD_BYTES = 512;

    private final String from;
    private final String to;
    private final List<String> keys;

    /**
     * A request.
     *
     * @param from the correspondent the messages are filed under now, a bare address
     * @param to the correspondent they move to, a bare address
     * @param keys the messages' keys (their ids)
     */
    public ReaddressRequest(String from, String to, List<String> keys) {
        super(ArchiveImport.READDRESS, ArchiveImport.NAMESPACE);
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.keys = List.copyOf(keys);
        if (this.keys.isEmpty()) {
            throw new IllegalArgumentException("a re-addressing request names at least one message");
        }
        setType(Type.set);
    }

    /**
     * What one key adds to a request, for cutting requests under the server's size limit.
     *
     * @param key the key
     * @return bytes
     */
    public static int itemBytes(String key) {
        return key.length() + "<item id=''/>".length();
    }

    /** The keys, in order. */
    public List<String> keys() {
        return keys;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("from", from);
        xml.attribute("to", to);
        xml.rightAngleBracket();
        for (String key : keys) {
            xml.halfOpenElement("item").attribute("id", key).closeEmptyElement();
        }
        return xml;
    }
}
