package org.trasloco.xmpp.archive.verify;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;

/**
 * Reads a MAM {@code <result/>} straight into an {@link ArchivedItem}: the forwarded delay, the
 * message's addresses, body, origin-id, links, import marker, the message it corrects (XEP-0308)
 * and, in a group chat's archive, the author's real address. Everything else is skipped.
 */
public final class MamResultProvider extends ExtensionElementProvider<MamResultElement> {

    @Override
    public MamResultElement parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        String queryId = parser.getAttributeValue("", "queryid");
        String archiveId = parser.getAttributeValue("", "id");
        Instant stamp = null;
        String from = null;
        String to = null;
        String body = null;
        String originId = null;
        List<String> links = new ArrayList<>(0);
        boolean imported = false;
        String replaces = null;
        String authorAddress = null;
        int messageDepth = -1;
        int occupantDepth = -1;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                break;
            }
            if (event == XmlPullParser.Event.END_DOCUMENT) {
                throw new SmackParsingException("unexpected end inside a MAM result");
            }
            if (event != XmlPullParser.Event.START_ELEMENT) {
                continue;
            }
            String name = parser.getName();
            String namespace = parser.getNamespace();
            int depth = parser.getDepth();
            // The archive's delay and the message are children of <forwarded/>, in either order
            // (Prosody writes the delay first, ejabberd last); a delay inside the message is not it.
            if (depth == initialDepth + 2 && "delay".equals(name)) {
                stamp = parseStamp(parser.getAttributeValue("", "stamp"));
            } else if (depth == initialDepth + 2 && "message".equals(name)) {
                messageDepth = depth;
                from = parser.getAttributeValue("", "from");
                to = parser.getAttributeValue("", "to");
            } else if (depth == messageDepth + 1 && "body".equals(name) && body == null) {
                body = parser.nextText();
            } else if (depth == messageDepth + 1 && "origin-id".equals(name) && "urn:xmpp:sid:0".equals(namespace)) {
                originId = parser.getAttributeValue("", "id");
            } else if ("url".equals(name) && "jabber:x:oob".equals(namespace)) {
                links.add(parser.nextText());
            } else if (depth == messageDepth + 1 && ArchiveImport.MARKER.equals(name)
                    && ArchiveImport.NAMESPACE.equals(namespace)) {
                imported = true;
            } else if (depth == messageDepth + 1 && "replace".equals(name)
                    && "urn:xmpp:message-correct:0".equals(namespace)) {
                replaces = parser.getAttributeValue("", "id");
            } else if (depth == messageDepth + 1 && "x".equals(name) && ArchiveImport.MUC_USER.equals(namespace)) {
                occupantDepth = depth;
            } else if (depth == occupantDepth + 1 && "item".equals(name) && authorAddress == null) {
                authorAddress = parser.getAttributeValue("", "jid");
            }
        }
        return new MamResultElement(queryId, new ArchivedItem(archiveId, stamp, from, to, body, originId, links, imported,
                replaces, realAddress(authorAddress, from)));
    }

    /**
     * The author's real address, or {@code null} when the room names none: ejabberd files every
     * message of a room under an address, and an author without one (imported under their
     * nickname only) under their occupant address in the room itself.
     */
    private static String realAddress(String authorAddress, String from) {
        if (authorAddress == null || from == null) {
            return authorAddress;
        }
        return bareOf(authorAddress).equalsIgnoreCase(bareOf(from)) ? null : authorAddress;
    }

    private static String bareOf(String jid) {
        int slash = jid.indexOf('/');
        return slash < 0 ? jid : jid.substring(0, slash);
    }

    private static Instant parseStamp(String stamp) throws SmackParsingException {
        try {
            return stamp == null ? null : Instant.parse(stamp);
        } catch (DateTimeParseException e) {
            throw new SmackParsingException("unreadable MAM stamp: " + stamp);
        }
    }
}
