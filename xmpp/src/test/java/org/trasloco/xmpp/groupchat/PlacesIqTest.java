package org.trasloco.xmpp.groupchat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.Test;

class PlacesIqTest {

    @Test
    void writesAnInvitationsPlacesAsProtocolSection107Shows() {
        PlacesIq request = PlacesIq.keep("r4Zf1K2q", List.of(
                new RoomPlaces.Place("family@conference.example.org", "Mamma", "Our group <3 & more"),
                new RoomPlaces.Place("books@conference.example.org", "Mamma R.", null)));
        request.setStanzaId("p1");

        assertEquals("<iq xmlns='jabber:client' id='p1' type='set'><places xmlns='urn:trasloco:archive-import:0'>"
                + "<invitation token='r4Zf1K2q'>"
                + "<room jid='family@conference.example.org' nick='Mamma'>Our group &lt;3 &amp; more</room>"
                + "<room jid='books@conference.example.org' nick='Mamma R.'/>"
                + "</invitation></places></iq>", request.toXML().toString());
    }

    @Test
    void readsWhoJoinedAndWhereTheyAreMembers() throws Exception {
        PlacesProvider.ensureRegistered();
        PlacesIq answer = (PlacesIq) PacketParserUtils.parseStanza("<iq xmlns='jabber:client' id='p2' type='result'>"
                + "<places xmlns='urn:trasloco:archive-import:0'>"
                + "<invitation token='A' joined='mamma@example.org' joined-at='2026-12-05T18:02:11Z'>"
                + "<room jid='family@conference.example.org' nick='Mamma' member='true'>Come &amp; see</room>"
                + "<room jid='books@conference.example.org' nick='Mamma'/>"
                + "</invitation><invitation token='B'/></places></iq>");

        assertEquals(List.of(
                new RoomPlaces.Kept("A", List.of(new RoomPlaces.Place("family@conference.example.org", "Mamma", "Come & see"),
                        new RoomPlaces.Place("books@conference.example.org", "Mamma", null)), "mamma@example.org",
                        List.of("family@conference.example.org")),
                new RoomPlaces.Kept("B", List.of(), null, List.of())), answer.invitations());
    }
}
