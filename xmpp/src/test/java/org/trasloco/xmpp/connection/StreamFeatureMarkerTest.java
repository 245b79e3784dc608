package org.trasloco.xmpp.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.junit.jupiter.api.Test;

class StreamFeatureMarkerTest {

    @Test
    void readsTheInvitationFeatureProsodyAdvertisesAndWritesItBack() throws Exception {
        // As Prosody 0.12 sends it to a client that is not logged in (mod_invites_register).
        String advertised = "<register xmlns='urn:xmpp:ibr-token:0'/>";
        XmlPullParser parser = PacketParserUtils.getParserFor(advertised);
        ExtensionElement read = new StreamFeatureMarker.Provider(StreamFeatureMarker.INVITE_TOKENS).parse(parser);

        assertEquals("register", read.getElementName());
        assertEquals("urn:xmpp:ibr-token:0", read.getNamespace());
        assertEquals("<register xmlns='urn:xmpp:ibr-token:0'/>", read.toXML().toString());
    }

    @Test
    void skipsWhateverAFeatureContains() throws Exception {
        XmlPullParser parser = PacketParserUtils.getParserFor(
                "<register xmlns='urn:xmpp:invite'><hint>future</hint></register>");
        ExtensionElement read = new StreamFeatureMarker.Provider(StreamFeatureMarker.INVITE_TOKENS_LEGACY).parse(parser);
        assertEquals("urn:xmpp:invite", read.getNamespace());
        assertEquals(XmlPullParser.Event.END_ELEMENT, parser.getEventType());
        assertEquals("register", parser.getName());
    }
}
