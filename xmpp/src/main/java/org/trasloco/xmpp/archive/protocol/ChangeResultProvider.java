package org.trasloco.xmpp.archive.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.provider.IQProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/** Reads {@link ChangeResult}s; {@link #ensureRegistered()} before the first request. */
public final class ChangeResultProvider extends IQProvider<ChangeResult> {

    static {
        ProviderManager.addIQProvider(ArchiveImport.READDRESSED, ArchiveImport.NAMESPACE, new ChangeResultProvider());
        ProviderManager.addIQProvider(ArchiveImport.REPLACED, ArchiveImport.NAMESPACE, new ChangeResultProvider());
    }

    /** Registers the provider with Smack (once per JVM). */
    public static void ensureRegistered() {
        // The static initialiser did it.
    }

    @Override
    public ChangeResult parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        String element = parser.getName();
        List<ChangeResult.Item> items = new ArrayList<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && "item".equals(parser.getName())) {
                String id = parser.getAttributeValue("", "id");
                String status = parser.getAttributeValue("", "status");
                if (id == null || status == null) {
                    throw new SmackParsingException("an item of the " + element + " result lacks its id or status");
                }
                items.add(new ChangeResult.Item(id, status));
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                return new ChangeResult(element, items);
            } else if (event == XmlPullParser.Event.END_DOCUMENT) {
                throw new SmackParsingException("unexpected end of the " + element + " result");
            }
        }
    }
}
