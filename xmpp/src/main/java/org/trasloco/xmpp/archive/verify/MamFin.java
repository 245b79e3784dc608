package org.trasloco.xmpp.archive.verify;

import org.jivesoftware.smack.packet.IQ;

/**
 * {@code <fin xmlns='urn:xmpp:mam:2' complete='…'>}: the end of one page of results.
 */
public final class MamFin extends IQ {

    private final boolean complete;
    private final String last;

    /**
     * A page end.
     *
     * @param complete whether the archive has nothing more
     * @param last the id of the page's last item, or {@code null}
     */
    public MamFin(boolean complete, String last) {
        super("fin", MamResultElement.NAMESPACE);
        setType(Type.result);
        this.complete = complete;
        this.last = last;
    }

    /** Whether the archive has nothing more. */
    public boolean complete() {
        return complete;
    }

    /** The id of the page's last item, or {@code null}. */
    public String last() {
        return last;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("complete", complete).rightAngleBracket();
        if (last != null) {
            xml.append("<set xmlns='http://jabber.org/protocol/rsm'><last>").escape(last).append("</last></set>");
        }
        return xml;
    }
}
