package org.trasloco.xmpp.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

class PreauthIqTest {

    @Test
    void writesTheRequestXep0445DescribesAndReadsItBack() throws Exception {
        PreauthIq request = new PreauthIq(JidCreate.domainBareFrom("example.org"), "T0k3n");
        request.setStanzaId("id1");

        String xml = request.toXML().toString();
        assertEquals("<iq xmlns='jabber:client' to='example.org' id='id1' type='set'>"
                + "<preauth xmlns='urn:xmpp:pars:0' token='T0k3n'/></iq>", xml);

        ProviderManager.addIQProvider(PreauthIq.ELEMENT, PreauthIq.NAMESPACE, new PreauthIqProvider());
        PreauthIq read = (PreauthIq) PacketParserUtils.parseStanza(xml);
        assertEquals("T0k3n", read.token());
        assertEquals(IQ.Type.set, read.getType());
        assertEquals(xml, read.toXML().toString());
    }
}
