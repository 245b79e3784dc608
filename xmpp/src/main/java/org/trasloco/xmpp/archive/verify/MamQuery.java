package org.trasloco.xmpp.archive.verify;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.util.XmlStringBuilder;

/**
 * A MAM query (XEP-0313) for one page of the user's own archive, optionally of one correspondent
 * and from a moment on, after a given item (XEP-0059).
 */
public final class MamQuery extends IQ {

    private final String queryId;
    private final String with;
    private final Instant start;
    private final int max;
    private final String after;

    /**
     * A query.
     *
     * @param queryId the id that marks its results
     * @param with the correspondent, or {@code null} for all
     * @param start the earliest moment, or {@code null}
     * @param max the page size
     * @param after the last item of the previous page, or {@code null} for the first page
     */
    public MamQuery(String queryId, String with, Instant start, int max, String after) {
        super("query", MamResultElement.NAMESPACE);
        setType(Type.set);
        this.queryId = queryId;
        this.with = with;
        this.start = start;
        this.max = max;
        this.after = after;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("queryid", queryId).rightAngleBracket();
        xml.append("<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'><value>")
                .append(MamResultElement.NAMESPACE).append("</value></field>");
        if (with != null) {
            xml.append("<field var='with'><value>").escape(with).append("</value></field>");
        }
        if (start != null) {
            xml.append("<field var='start'><value>").append(DateTimeFormatter.ISO_INSTANT.format(start))
                    .append("</value></field>");
        }
        xml.append("</x><set xmlns='http://jabber.org/protocol/rsm'><max>").append(Integer.toString(max)).append("</max>");
        if (after != null) {
            xml.append("<after>").escape(after).append("</after>");
        }
        xml.append("</set>");
        return xml;
    }

    /** Used by {@link XmlStringBuilder} users that want the query's id. */
    public String queryId() {
        return queryId;
    }
}
