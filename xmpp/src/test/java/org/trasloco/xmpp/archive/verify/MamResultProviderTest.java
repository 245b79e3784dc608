package org.trasloco.xmpp.archive.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.junit.jupiter.api.Test;

/** MAM results as Prosody and ejabberd write them. */
class MamResultProviderTest {

    @Test
    void readsTheDelayThatProsodyWritesBeforeTheMessage() throws Exception {
        ArchivedItem item = parse("<result xmlns='urn:xmpp:mam:2' queryid='q1' id='wa-1'>"
                + "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='2016-03-01T09:00:00Z'/>"
                + "<message xmlns='jabber:client' from='anna@localhost' to='bruno@example.net' type='chat'>"
                + "<body>Ciao</body><origin-id xmlns='urn:xmpp:sid:0' id='wa-1'/>"
                + "<imported xmlns='urn:trasloco:archive-import:0' at='2025-01-10T18:42:07Z'/></message>"
                + "</forwarded></result>");
        assertEquals("wa-1", item.archiveId());
        assertEquals(Instant.parse("2016-03-01T09:00:00Z"), item.stamp());
        assertEquals("Ciao", item.body());
        assertTrue(item.imported());
    }

    @Test
    void readsTheDelayThatEjabberdWritesAfterTheMessageAndNotTheOneInside() throws Exception {
        ArchivedItem item = parse("<result xmlns='urn:xmpp:mam:2' queryid='q1' id='1456822800000001'>"
                + "<forwarded xmlns='urn:xmpp:forward:0'>"
                + "<message xmlns='jabber:client' from='bruno@example.net' to='anna@localhost' type='chat'>"
                + "<delay xmlns='urn:xmpp:delay' stamp='2024-05-01T10:00:00Z' from='localhost'>Offline storage</delay>"
                + "<body>Ok!</body><origin-id xmlns='urn:xmpp:sid:0' id='wa-2'/>"
                + "<stanza-id xmlns='urn:xmpp:sid:0' by='anna@localhost' id='1456822800000001'/></message>"
                + "<delay xmlns='urn:xmpp:delay' from='localhost' stamp='2016-03-01T09:00:00.000001Z'/>"
                + "</forwarded></result>");
        assertEquals("1456822800000001", item.archiveId());
        assertEquals(Instant.parse("2016-03-01T09:00:00.000001Z"), item.stamp());
        assertEquals("wa-2", item.originId());
        assertEquals("bruno@example.net", item.from());
    }

    @Test
    void aRoomMessageFiledUnderItsOccupantAddressHasNoRealAddress() throws Exception {
        String room = "<result xmlns='urn:xmpp:mam:2' queryid='q1' id='1456822800000001'>"
                + "<forwarded xmlns='urn:xmpp:forward:0'>"
                + "<message xmlns='jabber:client' from='family@conference.localhost/Papà' type='groupchat'>"
                + "<x xmlns='http://jabber.org/protocol/muc#user'><item jid='%s'/></x>"
                + "<body>Porto il vino</body></message>"
                + "<delay xmlns='urn:xmpp:delay' from='localhost' stamp='2016-03-01T09:00:00.000001Z'/>"
                + "</forwarded></result>";
        assertNull(parse(room.formatted("family@conference.localhost/Papà")).authorAddress(), "ejabberd's occupant address");
        assertNull(parse(room.formatted("family@conference.localhost")).authorAddress(), "the room itself");
        assertEquals("papa@localhost", parse(room.formatted("papa@localhost")).authorAddress());
    }

    private static ArchivedItem parse(String xml) throws Exception {
        XmlPullParser parser = PacketParserUtils.getParserFor(xml);
        return new MamResultProvider().parse(parser).item();
    }
}
