package org.trasloco.xmpp.archive.media;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.IQProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/** Reads {@link Slot}s. */
public final class SlotProvider extends IQProvider<Slot> {

    @Override
    public Slot parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        String put = null;
        String get = null;
        Map<String, String> headers = new LinkedHashMap<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT) {
                switch (parser.getName()) {
                    case "put" -> put = parser.getAttributeValue("", "url");
                    case "get" -> get = parser.getAttributeValue("", "url");
                    case "header" -> {
                        String name = parser.getAttributeValue("", "name");
                        headers.put(name, parser.nextText().strip());
                    }
                    default -> { }
                }
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                if (put == null || get == null) {
                    throw new SmackParsingException("an upload slot needs a put and a get URL");
                }
                return new Slot(put, headers, get);
            } else if (event == XmlPullParser.Event.END_DOCUMENT) {
                throw new SmackParsingException("unexpected end inside an upload slot");
            }
        }
    }
}
