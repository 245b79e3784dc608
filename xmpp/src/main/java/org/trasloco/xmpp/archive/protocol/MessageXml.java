package org.trasloco.xmpp.archive.protocol;

import java.time.format.DateTimeFormatter;
import org.trasloco.xmpp.archive.ArchiveEntry;
import org.trasloco.xmpp.archive.XmlText;

/**
 * Writes the XML of archived messages, compact (no whitespace between elements): the
 * {@code <message/>} with its origin-id (XEP-0359), links (XEP-0066), for a room's message its
 * author's real address (XEP-0045 {@code <x xmlns='…muc#user'><item jid/></x>}), and optionally the
 * import marker, and the {@code <forwarded/>} (XEP-0297) with the original time in {@code <delay/>}
 * (XEP-0203) that both the import request and the operator file (XEP-0227) carry.
 */
public final class MessageXml {

    private MessageXml() {
    }

    /**
     * Appends {@code <forwarded><delay/><message/></forwarded>}.
     *
     * @param out where to write
     * @param entry the message
     * @param marker whether to add the import marker
     */
    public static void forwarded(StringBuilder out, ArchiveEntry entry, boolean marker) {
        out.append("<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='")
                .append(stamp(entry)).append("'/>");
        message(out, entry, marker);
        out.append("</forwarded>");
    }

    /**
     * Appends the {@code <message xmlns='jabber:client'/>}.
     *
     * @param out where to write
     * @param entry the message
     * @param marker whether to add the import marker
     */
    public static void message(StringBuilder out, ArchiveEntry entry, boolean marker) {
        out.append("<message xmlns='jabber:client' from='");
        XmlText.escape(out, entry.from());
        if (entry.groupchat()) {
            // A room's message: from the room under the author's nickname, to no one (as rooms archive them).
            out.append("' type='groupchat' id='");
        } else {
            out.append("' to='");
            XmlText.escape(out, entry.to());
            out.append("' type='chat' id='");
        }
        out.append(entry.id()).append("'><body>");
        XmlText.escape(out, entry.body());
        out.append("</body><origin-id xmlns='urn:xmpp:sid:0' id='").append(entry.id()).append("'/>");
        for (String link : entry.links()) {
            out.append("<x xmlns='jabber:x:oob'><url>");
            XmlText.escape(out, link);
            out.append("</url></x>");
        }
        if (entry.groupchat() && entry.author().address() != null) {
            out.append("<x xmlns='").append(ArchiveImport.MUC_USER).append("'><item jid='");
            XmlText.escape(out, entry.author().address());
            out.append("'/></x>");
        }
        if (marker) {
            out.append("<").append(ArchiveImport.MARKER).append(" xmlns='").append(ArchiveImport.NAMESPACE).append("'/>");
        }
        out.append("</message>");
    }

    /**
     * The XEP-0082 time of an entry, in UTC, with seconds (and fractions only when it has them).
     *
     * @param entry the message
     * @return e.g. {@code 2019-03-02T17:20:05Z}
     */
    public static String stamp(ArchiveEntry entry) {
        return DateTimeFormatter.ISO_INSTANT.format(entry.instant());
    }
}
