package org.trasloco.xmpp.archive.media;

import org.jivesoftware.smack.packet.IQ;
import org.jxmpp.jid.Jid;

/** {@code <request xmlns='urn:xmpp:http:upload:0' filename size content-type/>}: asks for an upload slot. */
public final class SlotRequest extends IQ {

    /** The namespace of XEP-0363. */
    public static final String NAMESPACE = "urn:xmpp:http:upload:0";

    private final String fileName;
    private final long size;
    private final String contentType;

    /**
     * A request.
     *
     * @param service the upload service
     * @param fileName the file's name
     * @param size its size in bytes
     * @param contentType its media type
     */
    public SlotRequest(Jid service, String fileName, long size, String contentType) {
        super("request", NAMESPACE);
        setType(Type.get);
        setTo(service);
        this.fileName = fileName;
        this.size = size;
        this.contentType = contentType;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("filename", fileName).attribute("size", String.valueOf(size))
                .optAttribute("content-type", contentType);
        xml.setEmptyElement();
        return xml;
    }
}
