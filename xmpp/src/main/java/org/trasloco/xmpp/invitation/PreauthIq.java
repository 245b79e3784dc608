package org.trasloco.xmpp.invitation;

import java.util.Objects;
import org.jivesoftware.smack.packet.IQ;
import org.jxmpp.jid.DomainBareJid;

/**
 * XEP-0445 (and XEP-0379): {@code <iq type='set' to='DOMAIN'><preauth xmlns='urn:xmpp:pars:0'
 * token='T'/></iq>}, sent before in-band registration so that the server lets an invited person sign up.
 */
public final class PreauthIq extends IQ {

    /** The element name. */
    public static final String ELEMENT = "preauth";
    /** The namespace. */
    public static final String NAMESPACE = "urn:xmpp:pars:0";

    private final String token;

    /**
     * A request carrying a token.
     *
     * @param domain the server
     * @param token the invitation's token
     */
    public PreauthIq(DomainBareJid domain, String token) {
        super(ELEMENT, NAMESPACE);
        this.token = Objects.requireNonNull(token, "token");
        setType(Type.set);
        setTo(domain);
    }

    PreauthIq(org.jivesoftware.smack.packet.IqData data, String token) {
        super(data, ELEMENT, NAMESPACE);
        this.token = token;
    }

    /** The token. */
    public String token() {
        return token;
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.attribute("token", token);
        xml.setEmptyElement();
        return xml;
    }
}
