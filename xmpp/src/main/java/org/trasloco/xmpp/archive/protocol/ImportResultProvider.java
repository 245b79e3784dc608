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

/** Reads {@link ImportResult}s; {@link #ensureRegistered()} before the first request. */
public final class ImportResultProvider extends IQProvider<ImportResult> {

    static {
        ProviderManager.addIQProvider(ArchiveImport.RESULT, ArchiveImport.NAMESPACE, new ImportResultProvider());
    }

    /** Registers the provider with Smack (once per JVM). */
    public static void ensureRegistered() {
        // The static initialiser did it.
    }

    @Override
    public ImportResult parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        List<ImportResult.Item> items = new ArrayList<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && "item".equals(parser.getName())) {
                items.add(new ImportResult.Item(parser.getAttributeValue("", "id"),
                        "existing".equals(parser.getAttributeValue("", "status"))));
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                return new ImportResult(items);
            } else if (event == XmlPullParser.Event.END_DOCUMENT) {
                throw new SmackParsingException("unexpected end of the import result");
            }
        }
    }
}
