package org.trasloco.xmpp.archive.verify;

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

/** Reads {@link ArchiveDigest}s; {@link #ensureRegistered()} before the first request. */
public final class ArchiveDigestProvider extends IQProvider<ArchiveDigest> {

    static {
        ProviderManager.addIQProvider(ArchiveImport.DIGEST, ArchiveImport.NAMESPACE, new ArchiveDigestProvider());
    }

    /** Registers the provider with Smack (once per JVM). */
    public static void ensureRegistered() {
        // The static initialiser did it.
    }

    @Override
    public ArchiveDigest parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException, SmackParsingException {
        long items = number(parser.getAttributeValue("", "items"));
        List<ArchiveDigest.Conversation> conversations = new ArrayList<>();
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && "conversation".equals(parser.getName())) {
                String with = parser.getAttributeValue("", "with");
                String sha256 = parser.getAttributeValue("", "sha256");
                if (with == null || sha256 == null) {
                    throw new SmackParsingException("a digest conversation without with or sha256");
                }
                conversations.add(new ArchiveDigest.Conversation(with, number(parser.getAttributeValue("", "items")),
                        sha256));
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                return new ArchiveDigest(items, conversations);
            } else if (event == XmlPullParser.Event.END_DOCUMENT) {
                throw new SmackParsingException("unexpected end of the archive digest");
            }
        }
    }

    private static long number(String text) throws SmackParsingException {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new SmackParsingException("not a number in the archive digest: " + text);
        }
    }
}
