package org.trasloco.xmpp.invitation;

import org.jivesoftware.smack.packet.IqData;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.IqProvider;
import org.jivesoftware.smack.xml.XmlPullParser;

/** Reads a {@link PreauthIq} (servers never send one; used to check that ours reads back the same). */
public final class PreauthIqProvider extends IqProvider<PreauthIq> {

    @Override
    public PreauthIq parse(XmlPullParser parser, int initialDepth, IqData iqData, XmlEnvironment xmlEnvironment) {
        return new PreauthIq(iqData, parser.getAttributeValue("", "token"));
    }
}
