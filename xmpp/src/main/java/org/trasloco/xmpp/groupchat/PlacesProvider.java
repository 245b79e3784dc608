package org.trasloco.xmpp.groupchat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.IQProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.trasloco.xmpp.archive.protocol.ArchiveImport;

/** Reads the server's {@code <places/>} answer; {@link #ensureRegistered()} before the first request. */
final class PlacesProvider extends IQProvider<PlacesIq> {

    static {
        ProviderManager.addIQProvider(PlacesIq.ELEMENT, ArchiveImport.NAMESPACE, new PlacesProvider());
    }

    /** Registers the provider with Smack (once per JVM). */
    static void ensureRegistered() {
        // The static initialiser did it.
    }

    @Override
    public PlacesIq parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        List<RoomPlaces.Kept> invitations = new ArrayList<>();
        String token = null;
        String joined = null;
        List<RoomPlaces.Place> places = new ArrayList<>();
        List<String> memberOf = new ArrayList<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && "invitation".equals(parser.getName())) {
                token = required(parser, "token");
                joined = parser.getAttributeValue("", "joined");
                places = new ArrayList<>();
                memberOf = new ArrayList<>();
            } else if (event == XmlPullParser.Event.START_ELEMENT && "room".equals(parser.getName()) && token != null) {
                String room = required(parser, "jid");
                String nickname = required(parser, "nick");
                if ("true".equals(parser.getAttributeValue("", "member"))) {
                    memberOf.add(room);
                }
                String reason = parser.nextText();
                places.add(new RoomPlaces.Place(room, nickname, reason.isEmpty() ? null : reason));
            } else if (event == XmlPullParser.Event.END_ELEMENT && "invitation".equals(parser.getName()) && token != null) {
                invitations.add(new RoomPlaces.Kept(token, places, joined, memberOf));
                token = null;
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                return PlacesIq.answer(invitations);
            } else if (event == XmlPullParser.Event.END_DOCUMENT) {
                throw new SmackParsingException("unexpected end of the places answer");
            }
        }
    }

    private static String required(XmlPullParser parser, String attribute) throws SmackParsingException {
        String value = parser.getAttributeValue("", attribute);
        if (value == null || value.isEmpty()) {
            throw new SmackParsingException("an element of the places answer lacks its " + attribute);
        }
        return value;
    }
}
