package org.trasloco.xmpp.groupchat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.Affiliate;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatException;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.muc.RoomInfo;
import org.jivesoftware.smackx.muc.packet.GroupChatInvitation;
import org.jivesoftware.smackx.muc.packet.MUCAdmin;
import org.jivesoftware.smackx.muc.packet.MUCItem;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.jivesoftware.smackx.xdata.form.Form;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.core.i18n.MessageKey;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * The user's group chats on one session (XEP-0045, through Smack's {@link MultiUserChatManager}):
 * whether a room address is free, the user's own or someone else's; a room created with the user as
 * owner and set up as encrypted group chats need it (persistent, members-only, non-anonymous,
 * archived, not listed publicly); members added one by one with their nickname reserved; XEP-0249
 * direct invitations. A room that belongs to someone else is never changed.
 */
public final class GroupChats {

    private static final String PERSISTENT = "muc#roomconfig_persistentroom";
    private static final String MEMBERS_ONLY = "muc#roomconfig_membersonly";
    private static final String WHOIS = "muc#roomconfig_whois";
    private static final String PUBLIC = "muc#roomconfig_publicroom";
    private static final String ARCHIVING = "muc#roomconfig_enablearchiving";
    /** ejabberd's own field for the same (its rooms keep no archive unless it is on). */
    private static final String EJABBERD_ARCHIVING = "mam";
    private static final String ROOM_NAME = "muc#roomconfig_roomname";

    private static final System.Logger LOG = System.getLogger(GroupChats.class.getName());

    private final XmppSession session;
    private final MultiUserChatManager manager;

    /**
     * Group chats over a logged-in session.
     *
     * @param session the session
     */
    public GroupChats(XmppSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.manager = MultiUserChatManager.getInstanceFor(session.connection());
    }

    /**
     * Whether a room exists and whose it is: its owner alone may read its configuration.
     *
     * @param room the room's address
     * @return absent, the user's own, or someone else's
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public RoomState state(EntityBareJid room) {
        try {
            manager.getRoomInfo(room);
        } catch (XMPPException.XMPPErrorException e) {
            return e.getStanzaError().getCondition() == StanzaError.Condition.item_not_found ? RoomState.ABSENT
                    : RoomState.TAKEN;
        } catch (SmackException e) {
            throw session.lost(e, GroupChatMessages.STEP_ROOM);
        } catch (InterruptedException e) {
            throw cancelled();
        }
        try {
            manager.getMultiUserChat(room).getConfigurationForm();
            return RoomState.OWNED;
        } catch (XMPPException.XMPPErrorException e) {
            return RoomState.TAKEN;
        } catch (SmackException e) {
            throw session.lost(e, GroupChatMessages.STEP_ROOM);
        } catch (InterruptedException e) {
            throw cancelled();
        }
    }

    /**
     * Creates a room with the user as owner and sets it up ({@link #secure}), under a name.
     *
     * @param room the room's address (free: {@link #state} said {@link RoomState#ABSENT})
     * @param nickname the user's nickname in it (a {@link Nicknames} nickname)
     * @param name the name apps show for it (the group's name)
     * @throws TraslocoException {@code REFUSED} when the server refuses the room or its settings, or
     *     someone created a room of that address first; {@code CONNECTION} when the connection fails
     */
    public void create(EntityBareJid room, String nickname, String name) {
        MultiUserChat chat = manager.getMultiUserChat(room);
        try {
            chat.create(Resourcepart.from(nickname));
        } catch (MultiUserChatException.MissingMucCreationAcknowledgeException e) {
            throw new TraslocoException(TraslocoException.Kind.REFUSED, LocalizedText.of(GroupChatMessages.TAKEN, room), e);
        } catch (XMPPException.XMPPErrorException e) {
            throw refused(GroupChatMessages.CREATE_REFUSED, room, e);
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not a nickname: " + nickname, e);
        } catch (MultiUserChatException.MucAlreadyJoinedException | MultiUserChatException.NotAMucServiceException e) {
            throw new TraslocoException(TraslocoException.Kind.REFUSED, LocalizedText.of(GroupChatMessages.CREATE_REFUSED,
                    domain(), room, e.getClass().getSimpleName()), e);
        } catch (SmackException e) {
            throw session.lost(e, GroupChatMessages.STEP_ROOM);
        } catch (InterruptedException e) {
            throw cancelled();
        }
        try {
            configure(chat, room, name);
        } catch (TraslocoException e) {
            // Nothing half-made is left: a room that cannot be what the group needs goes again.
            destroy(chat, e);
            throw e;
        } finally {
            leave(chat);
        }
    }

    private void destroy(MultiUserChat chat, TraslocoException cause) {
        try {
            chat.destroy(null, null);
        } catch (SmackException | XMPPException.XMPPErrorException e) {
            cause.addSuppressed(e);
        } catch (InterruptedException e) {
            throw cancelled();
        }
    }

    /**
     * Sets up a room the user owns as encrypted group chats need it: kept when everyone left,
     * members only, members see each other's addresses, its history archived, not listed publicly.
     * Its name stays as it is.
     *
     * @param room the room (the user's own: {@link RoomState#OWNED})
     * @throws TraslocoException {@code REFUSED} when the server refuses the settings or cannot
     *     make such rooms; {@code CONNECTION} when the connection fails
     */
    public void secure(EntityBareJid room) {
        configure(manager.getMultiUserChat(room), room, null);
    }

    private void configure(MultiUserChat chat, EntityBareJid room, String name) {
        try {
            Form form = chat.getConfigurationForm();
            List<MessageKey> lacking = new ArrayList<>();
            if (!form.hasField(PERSISTENT)) {
                lacking.add(GroupChatMessages.SETTING_PERSISTENT);
            }
            if (!form.hasField(MEMBERS_ONLY)) {
                lacking.add(GroupChatMessages.SETTING_MEMBERS_ONLY);
            }
            if (!form.hasField(WHOIS)) {
                lacking.add(GroupChatMessages.SETTING_NON_ANONYMOUS);
            }
            if (!lacking.isEmpty()) {
                throw notPrivate(room, lacking);
            }
            FillableForm answer = form.getFillableForm();
            answer.setAnswer(PERSISTENT, true);
            answer.setAnswer(MEMBERS_ONLY, true);
            answer.setAnswer(WHOIS, "anyone");
            if (form.hasField(PUBLIC)) {
                answer.setAnswer(PUBLIC, false);
            }
            for (String archiving : List.of(ARCHIVING, EJABBERD_ARCHIVING)) {
                if (form.hasField(archiving)) {
                    answer.setAnswer(archiving, true);
                }
            }
            if (name != null && form.hasField(ROOM_NAME)) {
                answer.setAnswer(ROOM_NAME, name);
            }
            chat.sendConfigurationForm(answer);
            RoomInfo info = manager.getRoomInfo(room);
            lacking.clear();
            if (!info.isPersistent()) {
                lacking.add(GroupChatMessages.SETTING_PERSISTENT);
            }
            if (!info.isMembersOnly()) {
                lacking.add(GroupChatMessages.SETTING_MEMBERS_ONLY);
            }
            if (!info.isNonanonymous()) {
                lacking.add(GroupChatMessages.SETTING_NON_ANONYMOUS);
            }
            if (!lacking.isEmpty()) {
                throw notPrivate(room, lacking);
            }
        } catch (XMPPException.XMPPErrorException e) {
            throw refused(GroupChatMessages.CONFIGURE_REFUSED, room, e);
        } catch (SmackException e) {
            throw session.lost(e, GroupChatMessages.STEP_ROOM);
        } catch (InterruptedException e) {
            throw cancelled();
        }
    }

    /**
     * The people affiliated with a room the user owns, by bare address (lower-case).
     *
     * @param room the room
     * @return each address with {@code owner}, {@code admin} or {@code member}
     * @throws TraslocoException {@code REFUSED} when the room is not the user's; {@code CONNECTION}
     *     when the connection fails
     */
    public Map<String, String> affiliations(EntityBareJid room) {
        MultiUserChat chat = manager.getMultiUserChat(room);
        Map<String, String> found = new LinkedHashMap<>();
        try {
            for (List<Affiliate> affiliates : List.of(chat.getOwners(), chat.getAdmins(), chat.getMembers())) {
                for (Affiliate affiliate : affiliates) {
                    found.putIfAbsent(affiliate.getJid().asBareJid().toString().toLowerCase(Locale.ROOT),
                            affiliate.getAffiliation().name());
                }
            }
        } catch (XMPPException.XMPPErrorException e) {
            throw new TraslocoException(TraslocoException.Kind.REFUSED,
                    LocalizedText.of(GroupChatMessages.MEMBERS_REFUSED, room), e);
        } catch (SmackException e) {
            throw session.lost(e, GroupChatMessages.STEP_MEMBERS);
        } catch (InterruptedException e) {
            throw cancelled();
        }
        return found;
    }

    /**
     * Makes someone a member of a room the user owns, with their nickname reserved for them (so the
     * history's nickname is theirs when they join).
     *
     * @param room the room
     * @param address the person's bare address
     * @param nickname their nickname in the room (a {@link Nicknames} nickname)
     * @throws TraslocoException {@code REFUSED} when the server refuses; {@code CONNECTION} when the
     *     connection fails
     */
    public void addMember(EntityBareJid room, String address, String nickname) {
        try {
            // One item per request: Prosody 0.12 applies only the first item of a request.
            MUCAdmin request = new MUCAdmin();
            request.setTo(room);
            request.setType(IQ.Type.set);
            request.addItem(new MUCItem(MUCAffiliation.member, null, null, null, JidCreate.entityBareFrom(address),
                    Resourcepart.from(nickname), null));
            request.setStanzaId();
            session.request(request, GroupChatMessages.STEP_MEMBERS);
        } catch (XMPPException.XMPPErrorException e) {
            throw new TraslocoException(TraslocoException.Kind.REFUSED, LocalizedText.of(GroupChatMessages.MEMBER_REFUSED,
                    domain(), address, room, text(e)), e);
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not an address or nickname: " + address + ", " + nickname, e);
        }
    }

    /**
     * Invites someone to a room with an XEP-0249 direct invitation, which their apps show with a
     * button to join.
     *
     * @param room the room
     * @param address the person's bare address
     * @param reason the text of the invitation
     * @throws TraslocoException {@code CONNECTION} when the connection fails
     */
    public void invite(EntityBareJid room, String address, String reason) {
        try {
            Jid to = JidCreate.entityBareFrom(address);
            Message invitation = StanzaBuilder.buildMessage().to(to)
                    .addExtension(StandardExtensionElement.builder(GroupChatInvitation.ELEMENT,
                            GroupChatInvitation.NAMESPACE).addAttribute("jid", room.toString())
                            .addAttribute("reason", reason).build())
                    .build();
            session.connection().sendStanza(invitation);
        } catch (XmppStringprepException e) {
            throw new IllegalArgumentException("not an address: " + address, e);
        } catch (SmackException.NotConnectedException e) {
            throw session.lost(e, GroupChatMessages.STEP_MEMBERS);
        } catch (InterruptedException e) {
            throw cancelled();
        }
    }

    private void leave(MultiUserChat chat) {
        try {
            chat.leave();
        } catch (SmackException | XMPPException.XMPPErrorException e) {
            // The room is set up; staying in it until the session ends does no harm.
            LOG.log(System.Logger.Level.DEBUG, "leaving {0} failed: {1}", chat.getRoom(), e.getMessage());
        } catch (InterruptedException e) {
            throw cancelled();
        }
    }

    /** The room lacks settings: the first one is named (a server lacks one seldom, all at once never). */
    private TraslocoException notPrivate(EntityBareJid room, List<MessageKey> lacking) {
        return new TraslocoException(TraslocoException.Kind.REFUSED, LocalizedText.of(GroupChatMessages.NOT_PRIVATE,
                domain(), room, LocalizedText.of(lacking.get(0))), null);
    }

    private TraslocoException refused(GroupChatMessages key, EntityBareJid room, XMPPException.XMPPErrorException e) {
        return new TraslocoException(TraslocoException.Kind.REFUSED, LocalizedText.of(key, domain(), room, text(e)), e);
    }

    private static String text(XMPPException.XMPPErrorException e) {
        StanzaError error = e.getStanzaError();
        return error.getDescriptiveText() != null ? error.getDescriptiveText() : error.getCondition().toString();
    }

    private String domain() {
        return session.address().domain();
    }

    private static TraslocoException cancelled() {
        Thread.currentThread().interrupt();
        return new TraslocoException(TraslocoException.Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
    }
}
