package org.trasloco.xmpp.archive.media;

import java.util.Map;
import org.jivesoftware.smack.packet.IQ;

/**
 * {@code <slot xmlns='urn:xmpp:http:upload:0'>}: where to put a file and where it can be fetched.
 */
public final class Slot extends IQ {

    private final String putUrl;
    private final Map<String, String> headers;
    private final String getUrl;

    /**
     * A slot.
     *
     * @param putUrl where to PUT the file
     * @param headers headers to send with the PUT (only Authorization, Cookie and Expires are used)
     * @param getUrl where the file can be fetched
     */
    public Slot(String putUrl, Map<String, String> headers, String getUrl) {
        super("slot", SlotRequest.NAMESPACE);
        setType(Type.result);
        this.putUrl = putUrl;
        this.headers = Map.copyOf(headers);
        this.getUrl = getUrl;
    }

    /** Where to PUT the file. */
    public String putUrl() {
        return putUrl;
    }

    /** Headers for the PUT. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Where the file can be fetched. */
    public String getUrl() {
        return getUrl;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.rightAngleBracket();
        xml.halfOpenElement("put").attribute("url", putUrl).rightAngleBracket();
        headers.forEach((name, value) -> xml.halfOpenElement("header").attribute("name", name).rightAngleBracket()
                .escape(value).closeElement("header"));
        xml.closeElement("put");
        xml.halfOpenElement("get").attribute("url", getUrl).closeEmptyElement();
        return xml;
    }
}
