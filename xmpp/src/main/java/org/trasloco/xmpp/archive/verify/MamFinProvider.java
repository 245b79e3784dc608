package org.trasloco.xmpp.archive.verify;

import java.io.IOException;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.IQProvider;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/** Reads {@link MamFin}. */
public final class MamFinProvider extends IQProvider<MamFin> {

    @Override
    public MamFin parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        boolean complete = "true".equals(parser.getAttributeValue("", "complete"));
        String last = null;
        long count = -1;
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && "last".equals(parser.getName())) {
                last = parser.nextText();
            } else if (event == XmlPullParser.Event.START_ELEMENT && "count".equals(parser.getName())) {
                try {
                    count = Long.parseLong(parser.nextText().strip());
                } catch (NumberFormatException e) {
                    count = -1;
                }
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                return new MamFin(complete, last, count);
            } else if (event == XmlPullParser.Event.END_DOCUMENT) {
                throw new SmackParsingException("unexpected end inside a MAM fin");
            }
        }
    }
}
