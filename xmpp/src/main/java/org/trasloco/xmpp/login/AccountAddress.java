package org.trasloco.xmpp.login;

import java.util.Objects;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.xmpp.XmppMessages;

/**
 * An account's address, {@code name@domain}, read and normalised (lower case, stringprep).
 *
 * @param localpart the name before {@code @}
 * @param domain the server's domain
 */
public record AccountAddress(String localpart, String domain) {

    /**
     * Checks the parts.
     *
     * @param localpart the name
     * @param domain the domain
     */
    public AccountAddress {
        Objects.requireNonNull(localpart, "localpart");
        Objects.requireNonNull(domain, "domain");
    }

    /**
     * Reads an address as a person types it (spaces around it and an {@code xmpp:} prefix are
     * forgiven; a resource after {@code /} is dropped).
     *
     * @param text the address
     * @return the address
     * @throws TraslocoException of kind {@code USAGE} when it is not {@code name@domain}
     */
    public static AccountAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        String cleaned = text.strip();
        if (cleaned.regionMatches(true, 0, "xmpp:", 0, 5)) {
            cleaned = cleaned.substring(5);
        }
        try {
            EntityBareJid jid = JidCreate.entityBareFrom(cleaned.contains("/")
                    ? cleaned.substring(0, cleaned.indexOf('/')) : cleaned);
            return new AccountAddress(jid.getLocalpart().toString(), jid.getDomain().toString());
        } catch (XmppStringprepException | IllegalArgumentException e) {
            throw new TraslocoException(TraslocoException.Kind.USAGE, XmppMessages.ADDRESS_INVALID_JID, text.strip());
        }
    }

    /** {@code name@domain}. */
    @Override
    public String toString() {
        return localpart + "@" + domain;
    }
}
