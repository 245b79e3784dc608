package org.trasloco.core.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The invitations one account's server made for the people of a move (XEP-0401): per person, the
 * current invitation link, the server's landing page for it, when it expires, and who used it once
 * that is known. A renewed invitation replaces the expired one. Obtained from
 * {@link Workspace#serverInvitations(String)}; shares the workspace's lock.
 */
public final class ServerInvitationStore {

    private final Workspace workspace;
    private final Connection connection;
    private final String account;

    ServerInvitationStore(Workspace workspace, Connection connection, String account) {
        this.workspace = workspace;
        this.connection = connection;
        this.account = Objects.requireNonNull(account, "account");
        if (account.isBlank()) {
            throw new IllegalArgumentException("account must not be blank");
        }
    }

    /** The bare XMPP address whose server made the invitations. */
    public String account() {
        return account;
    }

    /**
     * Every invitation, in the order of the people's ids.
     *
     * @return the invitations
     */
    public List<Invitation> all() {
        synchronized (workspace) {
            return workspace.call(() -> {
                List<Invitation> invitations = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT contact_id, name, uri, landing_url, expires, created_at, used_by, used_at "
                                + "FROM server_invitations WHERE account = ? ORDER BY contact_id")) {
                    statement.setString(1, account);
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            invitations.add(read(row));
                        }
                    }
                }
                return invitations;
            });
        }
    }

    /**
     * One person's invitation.
     *
     * @param contactId the person
     * @return their invitation, if the server made one
     */
    public Optional<Invitation> of(long contactId) {
        return all().stream().filter(invitation -> invitation.contactId() == contactId).findFirst();
    }

    /**
     * Keeps an invitation, replacing the person's earlier one.
     *
     * @param invitation the invitation
     */
    public void save(Invitation invitation) {
        Objects.requireNonNull(invitation, "invitation");
        synchronized (workspace) {
            workspace.call(() -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT OR REPLACE INTO server_invitations (account, contact_id, name, uri, landing_url, expires, "
                                + "created_at, used_by, used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    statement.setString(1, account);
                    statement.setLong(2, invitation.contactId());
                    statement.setString(3, invitation.name());
                    statement.setString(4, invitation.uri());
                    statement.setString(5, invitation.landingUrl());
                    statement.setString(6, text(invitation.expires()));
                    statement.setString(7, invitation.createdAt().toString());
                    statement.setString(8, invitation.usedBy());
                    statement.setString(9, text(invitation.usedAt()));
                    statement.executeUpdate();
                }
                return null;
            });
        }
    }

    private static Invitation read(ResultSet row) throws SQLException {
        return new Invitation(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), instant(row.getString(5)),
                Instant.parse(row.getString(6)), row.getString(7), instant(row.getString(8)));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /**
     * An invitation the server made for one person.
     *
     * @param contactId the person in the workspace
     * @param name the person's name when it was made (for messages, should the person be merged away)
     * @param uri the {@code xmpp:} link with its token
     * @param landingUrl the server's web page for it, or {@code null}
     * @param expires when it expires, or {@code null} when the server did not say
     * @param createdAt when it was made
     * @param usedBy the address of the account that used it, or {@code null} while not known
     * @param usedAt when Trasloco learnt that, or {@code null}
     */
    public record Invitation(long contactId, String name, String uri, String landingUrl, Instant expires,
            Instant createdAt, String usedBy, Instant usedAt) {

        /**
         * Checks the parts.
         *
         * @param contactId the person
         * @param name the name
         * @param uri the link
         * @param landingUrl the landing page or {@code null}
         * @param expires the expiry or {@code null}
         * @param createdAt when made
         * @param usedBy who used it or {@code null}
         * @param usedAt when learnt or {@code null}
         */
        public Invitation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(createdAt, "createdAt");
            if ((usedBy == null) != (usedAt == null)) {
                throw new IllegalArgumentException("who used an invitation and when go together");
            }
        }

        /** Whether someone used it (as far as Trasloco knows). */
        public boolean used() {
            return usedBy != null;
        }

        /**
         * Whether it has expired.
         *
         * @param now the time to judge at
         * @return {@code true} when its expiry is known and not after {@code now}
         */
        public boolean expiredAt(Instant now) {
            return expires != null && !expires.isAfter(now);
        }

        /**
         * The same invitation, used.
         *
         * @param address the address of the account that used it
         * @param at when Trasloco learnt it
         * @return a changed copy
         */
        public Invitation usedBy(String address, Instant at) {
            return new Invitation(contactId, name, uri, landingUrl, expires, createdAt, Objects.requireNonNull(address),
                    Objects.requireNonNull(at));
        }
    }
}
