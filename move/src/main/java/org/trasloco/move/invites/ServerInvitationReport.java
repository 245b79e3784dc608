package org.trasloco.move.invites;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trasloco.core.i18n.LocalizedText;
import org.trasloco.move.MoveMessages;

/**
 * What asking the server for invitations did.
 *
 * @param server the user's server
 * @param offered whether it makes invitations; when not, nothing else happened and the invitations
 *     stay plain contact links
 * @param created invitations made for people who had none
 * @param renewed invitations made in place of expired ones
 * @param kept invitations still valid, kept as they were
 * @param allowSignUp whether the server's invitations also let people create an account on it
 *     (Prosody's {@code allow_user_invites}); without, they only make the user a contact
 * @param joined the people who used their invitation since the last time, with their new address
 * @param untied new mutual contacts Trasloco could not tie to a person's invitation
 * @param placed people whose invitation also makes them members of the move's group chats they
 *     belong to, the moment they join (the server keeps their places)
 */
public record ServerInvitationReport(String server, boolean offered, int created, int renewed, int kept,
        boolean allowSignUp, List<Joined> joined, List<String> untied, int placed) {

    /**
     * Checks and copies.
     *
     * @param server the server
     * @param offered whether it makes invitations
     * @param created new invitations
     * @param renewed renewed invitations
     * @param kept unchanged invitations
     * @param allowSignUp whether they create accounts
     * @param joined who joined
     * @param untied new contacts not tied to an invitation
     * @param placed people with places in group chats
     */
    public ServerInvitationReport {
        Objects.requireNonNull(server, "server");
        joined = List.copyOf(joined);
        untied = List.copyOf(untied);
    }

    /**
     * What happened, in sentences for the user: the server made no invitations; or how many it
     * made, whether they create accounts, who joined, and who could not be told apart.
     *
     * @return the sentences, in order
     */
    public List<LocalizedText> summary() {
        if (!offered) {
            return List.of(LocalizedText.of(MoveMessages.SERVER_INVITES_NOT_OFFERED, server));
        }
        List<LocalizedText> lines = new ArrayList<>();
        joined.forEach(person -> lines.add(LocalizedText.of(MoveMessages.SERVER_INVITES_JOINED, person.name(),
                person.address())));
        untied.forEach(address -> lines.add(LocalizedText.of(MoveMessages.SERVER_INVITES_UNTIED, address)));
        lines.add(LocalizedText.of(MoveMessages.SERVER_INVITES_MADE, server, created, renewed, kept));
        if (placed > 0) {
            lines.add(LocalizedText.of(MoveMessages.SERVER_INVITES_PLACED, placed));
        }
        if (created + renewed + kept > 0 && !allowSignUp) {
            lines.add(LocalizedText.of(MoveMessages.SERVER_INVITES_NO_SIGN_UP, server));
        }
        return lines;
    }

    /**
     * A server that makes no invitations.
     *
     * @param server its domain
     * @return the report
     */
    static ServerInvitationReport notOffered(String server) {
        return new ServerInvitationReport(server, false, 0, 0, 0, false, List.of(), List.of(), 0);
    }

    /**
     * Someone who used their invitation.
     *
     * @param contactId the person
     * @param name their name
     * @param address their new address
     */
    public record Joined(long contactId, String name, String address) {
    }
}
