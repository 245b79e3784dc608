package org.trasloco.xmpp.archive.verify;

import org.jivesoftware.smack.packet.IQ;

/**
 * {@code <fin xmlns='urn:xmpp:mam:2' complete='…'>}: the end of one page of results.
 */
public final class MamFin extends IQ {

    private final boolean complete;
    private final String last;
    private final long count;

    /**
     * A page end.
     *
     * @param complete whether the archive has nothing more
     * @param last the id of the page's last item, or {@code null}
     * @param count how many items the query matches in all (XEP-0059 {@code <count/>}), or
     *     {@code -1} when the server does not say
     */
    public MamFin(boolean complete, String last, long count) {
        super("fin", MamResultElement.NAMESPACE);
        setType(Type.result);
        this.complete = complete;
        this.last = last;
        this.count = count;
    }

    /** Whether the archive has nothing more. */
    public boolean complete() {
        return complete;
    }

    /** The id of the page's last item, or {@code null}. */
    public String last() {
        return last;
    }

    /** How many items the query matches in all, or {@code -1} when the server does not say. */
    public long count() {
        return count;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("complete", complete).rightAngleBracket();
        if (last != null || count >= 0) {
            xml.append("<set xmlns='http://jabber.org/protocol/rsm'>");
            if (last != null) {
                xml.append("<last>").escape(last).append("</last>");
            }
            if (count >= 0) {
                xml.append("<count>").append(Long.toString(count)).append("</count>");
            }
            xml.append("</set>");
        }
        return xml;
    }
}
