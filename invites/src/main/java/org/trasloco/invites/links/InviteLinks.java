package org.trasloco.invites.links;

import org.trasloco.core.address.XmppAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trasloco.core.error.TraslocoException;

/**
 * The {@code xmpp:} links Trasloco hands out (DESIGN §6), in the forms the XEPs define.
 *
 * <ul>
 *   <li>contact: {@code xmpp:me@example.org?roster;name=Me} (XEP-0147 roster action: "add me, under
 *       this name");</li>
 *   <li>pre-authenticated contact: {@code xmpp:me@example.org?roster;preauth=T;ibr=y} (XEP-0379,
 *       and XEP-0401's {@code ibr=y} when the token also lets the invitee create an account);</li>
 *   <li>account: {@code xmpp:example.org?register;preauth=T} (XEP-0401);</li>
 *   <li>group chat: {@code xmpp:room@muc.example.org?join} (XEP-0147 / XEP-0045);</li>
 *   <li>message: {@code xmpp:anna@example.org?message;body=Hi} (XEP-0147).</li>
 * </ul>
 */
public final class InviteLinks {

    /** XEP-0147 action: add to the contact list. */
    public static final String ROSTER = "roster";
    /** XEP-0401 action: create an account. */
    public static final String REGISTER = "register";
    /** XEP-0147 action: join a group chat. */
    public static final String JOIN = "join";
    /** XEP-0147 action: write a message. */
    public static final String MESSAGE = "message";
    /** Key of the display name in a roster link. */
    public static final String NAME = "name";
    /** Key of the XEP-0379 / XEP-0401 token. */
    public static final String PREAUTH = "preauth";
    /** Key of XEP-0401's "this token also creates an account" flag. */
    public static final String IBR = "ibr";
    /** Key of a message body. */
    public static final String BODY = "body";

    private InviteLinks() {
    }

    /**
     * "Add me": a roster link to the inviter, with the name to save them under when given.
     *
     * @param me the inviter's address (its resource is dropped)
     * @param name the inviter's name, or {@code null} / blank for none
     * @return the link
     */
    public static XmppUri contact(XmppAddress me, String name) {
        List<XmppUri.Parameter> parameters = new ArrayList<>(1);
        if (name != null && !name.isBlank()) {
            parameters.add(new XmppUri.Parameter(NAME, name.strip()));
        }
        return new XmppUri(me.bare(), ROSTER, parameters);
    }

    /**
     * "Add me" with a token from the inviter's server (XEP-0379): the invitee's app adds the
     * inviter and is approved at once; with {@code allowsRegistration} the same token also creates
     * an account on the inviter's server (XEP-0401 {@code ibr=y}).
     *
     * @param me the inviter's address
     * @param token the token the server issued
     * @param allowsRegistration whether the server said the token also creates an account
     * @return the link
     */
    public static XmppUri contactPreauth(XmppAddress me, String token, boolean allowsRegistration) {
        List<XmppUri.Parameter> parameters = new ArrayList<>(2);
        parameters.add(new XmppUri.Parameter(PREAUTH, requireToken(token)));
        if (allowsRegistration) {
            parameters.add(new XmppUri.Parameter(IBR, "y"));
        }
        return new XmppUri(me.bare(), ROSTER, parameters);
    }

    /**
     * "Create an account on this server" (XEP-0401).
     *
     * @param server the server's domain
     * @param token the token the server issued
     * @return the link
     */
    public static XmppUri account(String server, String token) {
        return XmppUri.of(XmppAddress.server(server), REGISTER, new XmppUri.Parameter(PREAUTH, requireToken(token)));
    }

    /**
     * "Join this group chat".
     *
     * @param room the room's address
     * @return the link
     */
    public static XmppUri groupChat(XmppAddress room) {
        return XmppUri.of(room.bare(), JOIN);
    }

    /**
     * "Write to this address", with a prepared text.
     *
     * @param to the address
     * @param body the message text
     * @return the link
     */
    public static XmppUri message(XmppAddress to, String body) {
        return XmppUri.of(to, MESSAGE, new XmppUri.Parameter(BODY, Objects.requireNonNull(body, "body")));
    }

    private static String requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw new TraslocoException(TraslocoException.Kind.BAD_INPUT, LinkText.TOKEN_EMPTY);
        }
        return token.strip();
    }
}
