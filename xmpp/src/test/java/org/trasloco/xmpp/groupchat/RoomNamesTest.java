package org.trasloco.xmpp.groupchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.trasloco.core.error.TraslocoException;

class RoomNamesTest {

    private static final DomainBareJid SERVICE = JidCreate.domainBareFromOrThrowUnchecked("conference.example.org");

    @Test
    void aGroupsNameBecomesAPlainAddress() {
        assertEquals("famiglia-rossi", RoomNames.localpart("Famiglia Rossi 🏠"));
        assertEquals("citta-e-caffe", RoomNames.localpart("Città è caffè!"));
        assertEquals("group", RoomNames.localpart("🏠🏠"), "nothing left: a fallback");
        assertEquals(RoomNames.MAX_LENGTH, RoomNames.localpart("a".repeat(100)).length());
    }

    @Test
    void aTypedNameOrAddressIsOnTheService() {
        assertEquals("famiglia@conference.example.org", RoomNames.address(" famiglia ", SERVICE).toString());
        assertEquals("f@conference.example.org", RoomNames.address("f@conference.example.org", SERVICE).toString());
        TraslocoException elsewhere = assertThrows(TraslocoException.class,
                () -> RoomNames.address("f@muc.other.org", SERVICE));
        assertEquals(GroupChatMessages.OTHER_SERVICE, elsewhere.text().key());
        assertThrows(TraslocoException.class, () -> RoomNames.address("a b@c@d", SERVICE));
    }

    @Test
    void theJoinLinkIsAnRfc5122Uri() {
        assertEquals("xmpp:famiglia@conference.example.org?join",
                RoomNames.joinLink(RoomNames.address("famiglia", SERVICE)));
        assertEquals("xmpp:caf%C3%A9@conference.example.org?join", RoomNames.joinLink(RoomNames.address("café", SERVICE)));
    }

    @Test
    void nicknamesAreValidResourcesAndUniqueInTheRoom() throws Exception {
        Nicknames nicknames = new Nicknames();
        List<String> given = List.of(nicknames.assign("Anna"), nicknames.assign("Anna"), nicknames.assign("~\u200bMamma\u202e"),
                nicknames.assign("\u0000\u0007"), nicknames.assign("مريم"), nicknames.assign("مريم"));
        assertEquals(List.of("Anna", "Anna (2)", "~Mamma", "?", "مريم", "مريم\u0640"), given);
        for (String nickname : given) {
            assertEquals(nickname, Resourcepart.from(nickname).toString(), "the server keeps it as sent");
        }
        assertEquals(Nicknames.MAX_LENGTH, Nicknames.prepared("x".repeat(200)).length());
    }
}
