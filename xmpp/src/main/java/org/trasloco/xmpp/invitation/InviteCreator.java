package org.trasloco.xmpp.invitation;

import java.util.Objects;
import java.util.Optional;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.commands.AdHocCommandManager;
import org.jivesoftware.smackx.commands.RemoteCommand;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jivesoftware.smackx.xdata.packet.DataForm;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.error.TraslocoException.Kind;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.xmpp.XmppMessages;
import org.trasloco.xmpp.connection.XmppSession;

/**
 * Asks the user's server for invitations through its ad-hoc commands (XEP-0401, as Prosody's
 * {@code mod_invites_adhoc} offers them): a contact invitation any user may create, and an account
 * invitation for administrators.
 */
public final class InviteCreator {

    /** The command every user may run: "invite a contact, creating an account if needed". */
    public static final String CONTACT_INVITE_NODE = "urn:xmpp:invite#invite";
    /** The command for administrators: "invite someone to create an account". */
    public static final String ACCOUNT_INVITE_NODE = "urn:xmpp:invite#create-account";

    private final XmppSession session;

    /**
     * A creator working through a logged-in session.
     *
     * @param session the inviter's session
     */
    public InviteCreator(XmppSession session) {
        this.session = Objects.requireNonNull(session, "session");
        if (!session.isLoggedIn()) {
            throw new IllegalStateException("log in before creating invitations");
        }
    }

    /**
     * Whether the server lets this user create contact invitations: its ad-hoc commands (XEP-0050)
     * list {@link #CONTACT_INVITE_NODE}. Asking is harmless on every server, unlike running the
     * command or sending a token to one that does not know them (ejabberd 23.01 closes the stream
     * on a token).
     *
     * @return {@code true} when the command is offered
     * @throws TraslocoException {@code CONNECTION} when the connection is lost
     */
    public boolean offersContactInvites() {
        try {
            DiscoverItems commands = AdHocCommandManager.getAddHocCommandsManager(session.connection())
                    .discoverCommands(session.address().jid());
            return commands.getItems().stream().anyMatch(item -> CONTACT_INVITE_NODE.equals(item.getNode()));
        } catch (XMPPException e) {
            // A server without ad-hoc commands answers with an error: it offers no invitations either.
            return false;
        } catch (SmackException e) {
            throw session.lost(e, XmppMessages.STEP_CREATING_INVITE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
    }

    /**
     * Creates an invitation to become the user's contact (and to sign up on the server if needed).
     *
     * @return the invitation
     * @throws TraslocoException {@code REFUSED} when the server offers no invitations
     */
    public CreatedInvite contactInvite() {
        return run(CONTACT_INVITE_NODE);
    }

    /**
     * Creates an invitation to create an account (administrators only).
     *
     * @return the invitation
     * @throws TraslocoException {@code REFUSED} when the server refuses
     */
    public CreatedInvite accountInvite() {
        return run(ACCOUNT_INVITE_NODE);
    }

    private CreatedInvite run(String node) {
        RemoteCommand command = AdHocCommandManager.getAddHocCommandsManager(session.connection())
                .getRemoteCommand(session.address().jid(), node);
        try {
            command.execute();
        } catch (XMPPException.XMPPErrorException e) {
            throw new TraslocoException(Kind.REFUSED,
                    LocalizedText.of(XmppMessages.INVITE_CREATE_REFUSED, session.address().domain()), e);
        } catch (SmackException e) {
            throw session.lost(e, XmppMessages.STEP_CREATING_INVITE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraslocoException(Kind.CANCELLED, CoreMessages.JOB_CANCELLED);
        }
        DataForm result = command.getForm();
        String uri = result == null ? null : value(result, "uri").orElse(null);
        if (uri == null) {
            throw new TraslocoException(Kind.REFUSED, XmppMessages.INVITE_CREATE_REFUSED, session.address().domain());
        }
        return new CreatedInvite(InvitationUri.parse(uri), value(result, "landing-url").orElse(null),
                value(result, "expire").orElse(null));
    }

    private static Optional<String> value(DataForm form, String variable) {
        org.jivesoftware.smackx.xdata.FormField field = form.getField(variable);
        return field == null ? Optional.empty() : Optional.ofNullable(field.getFirstValue()).filter(v -> !v.isBlank());
    }

    /**
     * An invitation the server created.
     *
     * @param invitation the {@code xmpp:} link, read
     * @param landingUrl the server's web page for the invitation, or {@code null}
     * @param expires when it expires, as the server wrote it (XEP-0082), or {@code null}
     */
    public record CreatedInvite(Invitation invitation, String landingUrl, String expires) {
    }
}
