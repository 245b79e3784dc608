package org.trasloco.xmpp.archive.verify;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jivesoftware.smack.packet.IQ;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;

/**
 * {@code <iq type='get'><digest xmlns='urn:trasloco:archive-import:0' start='…'/></iq>}: asks the
 * server for the digest of the imported items of the user's own archive (protocol section 8).
 */
public final class DigestRequest extends IQ {

    private final Instant start;

    /**
     * A request.
     *
     * @param start only items archived at or after this moment, or {@code null} for all
     */
    public DigestRequest(Instant start) {
        super(ArchiveImport.DIGEST, ArchiveImport.NAMESPACE);
        setType(Type.get);
        this.start = start;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        if (start != null) {
            xml.attribute("start", DateTimeFormatter.ISO_INSTANT.format(start));
        }
        xml.setEmptyElement();
        return xml;
    }
}
