package org.trasloco.xmpp.groupchat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Localpart;
import org.jxmpp.stringprep.XmppStringprepException;
import org.trasloco.core.address.AddressText;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;

/**
 * Addresses of group chats: the address a group gets from its name ({@code Famiglia Rossi 🏠} on
 * {@code conference.example.org} is {@code famiglia-rossi@conference.example.org}), an address or
 * name the user typed, and the link that opens a room in an app ({@code xmpp:…?join}, RFC 5122).
 */
public final class RoomNames {

    /** The longest name made from a group's name, in characters. */
    public static final int MAX_LENGTH = 40;
    private static final String FALLBACK = "group";

    private RoomNames() {
    }

    /**
     * The part before {@code @} of a group's room: the letters and digits of its name in lower-case
     * ASCII (accents dropped), words joined by {@code -}; {@code group} when none are left.
     *
     * @param title the group's name
     * @return e.g. {@code famiglia-rossi}
     */
    public static String localpart(String title) {
        Objects.requireNonNull(title, "title");
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        boolean separator = false;
        for (int i = 0; i < decomposed.length() && out.length() < MAX_LENGTH; i++) {
            char c = decomposed.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (separator && out.length() > 0) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
                separator = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                separator = true;
            }
        }
        return out.length() == 0 ? FALLBACK : out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The address of a room: a name typed for it on the service, or a whole address on that
     * service.
     *
     * @param typed e.g. {@code famiglia} or {@code famiglia@conference.example.org}
     * @param service the group-chat service
     * @return the room's address
     * @throws TraslocoException {@code USAGE} when it is no valid room name, or on another service
     */
    public static EntityBareJid address(String typed, DomainBareJid service) {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(service, "service");
        String text = typed.strip();
        try {
            if (text.indexOf('@') >= 0) {
                EntityBareJid address = JidCreate.entityBareFrom(text);
                if (!address.asDomainBareJid().equals(service)) {
                    throw new TraslocoException(TraslocoException.Kind.USAGE, GroupChatMessages.OTHER_SERVICE, typed,
                            service.toString());
                }
                return address;
            }
            return JidCreate.entityBareFrom(Localpart.from(text), service);
        } catch (XmppStringprepException | IllegalArgumentException e) {
            throw new TraslocoException(TraslocoException.Kind.USAGE,
                    LocalizedText.of(AddressText.INVALID, typed, LocalizedText.of(AddressText.REASON_BAD_CHARACTER)), e);
        }
    }

    /**
     * The link that opens the room in an app: {@code xmpp:room@service?join}, with the characters
     * RFC 5122 does not allow percent-encoded.
     *
     * @param room the room
     * @return the link
     */
    public static String joinLink(EntityBareJid room) {
        StringBuilder link = new StringBuilder("xmpp:");
        for (byte b : room.toString().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$'()*+,=@".indexOf(c) >= 0) {
                link.append((char) c);
            } else {
                link.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return link.append("?join").toString();
    }
}
