package org.trasloco.core.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What was uploaded to one account's archive: per message, whether it was sent and whether the
 * server confirmed it is stored. An upload marks messages as sent before they leave and as
 * acknowledged when the server says so, each batch in one transaction; after a crash, a kill or a
 * lost connection the next upload skips what is acknowledged and checks what was only sent. With
 * each message it keeps what the message looked like when sent (its correspondent and a digest of
 * its content), so that a later upload changes in the archive what changed since.
 * Obtained from {@link Workspace#uploadLedger(String)}; shares the workspace's lock.
 */
public final class UploadLedger {

    private static final String SENT = "sent";
    private static final String ACKNOWLEDGED = "acknowledged";

    private final Workspace workspace;
    private final Connection connection;
    private final String account;

    UploadLedger(Workspace workspace, Connection connection, String account) {
        this.workspace = workspace;
        this.connection = connection;
        this.account = Objects.requireNonNull(account, "account");
        if (account.isBlank()) {
            throw new IllegalArgumentException("account must not be blank");
        }
    }

    /** The bare XMPP address this ledger is about. */
    public String account() {
        return account;
    }

    /**
     * The messages the server confirmed.
     *
     * @return their ids
     */
    public Set<String> acknowledged() {
        synchronized (workspace) {
            return workspace.call(() -> {
                Set<String> ids = new HashSet<>();
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT message_id FROM upload_ledger WHERE account = ? AND state = ?")) {
                    statement.setString(1, account);
                    statement.setString(2, ACKNOWLEDGED);
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            ids.add(row.getString(1));
                        }
                    }
                }
                return ids;
            });
        }
    }

    /**
     * The messages the server confirmed, each as it was sent (correspondent and content are
     * {@code null} for messages sent before the ledger kept them).
     *
     * @return by message id
     */
    public Map<String, Sent> confirmed() {
        synchronized (workspace) {
            return workspace.call(() -> {
                Map<String, Sent> sent = new HashMap<>();
                Map<String, String> correspondents = new HashMap<>(); // one string per correspondent
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT message_id, correspondent, content FROM upload_ledger WHERE account = ? AND state = ?")) {
                    statement.setString(1, account);
                    statement.setString(2, ACKNOWLEDGED);
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            String correspondent = row.getString(2);
                            if (correspondent != null) {
                                correspondent = correspondents.computeIfAbsent(correspondent, c -> c);
                            }
                            String id = row.getString(1);
                            sent.put(id, new Sent(id, correspondent, row.getString(3)));
                        }
                    }
                }
                return sent;
            });
        }
    }

    /**
     * The messages sent but not confirmed: the server may or may not have stored them.
     *
     * @return them, oldest sending first
     */
    public List<Entry> unacknowledged() {
        synchronized (workspace) {
            return workspace.call(() -> {
                List<Entry> entries = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT message_id, path, sent_at FROM upload_ledger WHERE account = ? AND state = ? "
                                + "ORDER BY sent_at, message_id")) {
                    statement.setString(1, account);
                    statement.setString(2, SENT);
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            entries.add(new Entry(row.getString(1), row.getString(2), Instant.parse(row.getString(3))));
                        }
                    }
                }
                return entries;
            });
        }
    }

    private static final String SENT_SQL = "INSERT INTO upload_ledger (account, message_id, path, state, sent_at, "
            + "correspondent, content) VALUES (?1, ?2, ?3, 'sent', ?4, ?5, ?6) "
            + "ON CONFLICT (account, message_id) DO UPDATE SET path = excluded.path, sent_at = excluded.sent_at, "
            + "correspondent = excluded.correspondent, content = excluded.content WHERE state = 'sent'";
    private static final String CHANGED_SQL = "UPDATE upload_ledger SET correspondent = ?3, content = ?4, "
            + "acknowledged_at = ?5 WHERE account = ?1 AND message_id = ?2 AND state = 'acknowledged'";
    private static final String ACKNOWLEDGED_SQL = "INSERT INTO upload_ledger (account, message_id, path, state, sent_at, "
            + "acknowledged_at) VALUES (?1, ?2, '', 'acknowledged', ?4, ?4) "
            + "ON CONFLICT (account, message_id) DO UPDATE SET state = 'acknowledged', acknowledged_at = ?4";

    /**
     * Records messages as on their way (in one transaction). Messages already acknowledged stay so.
     *
     * @param messageIds the messages
     * @param path how they go, e.g. {@code import} or {@code notes}
     * @param at when they are sent
     */
    public void markSent(Collection<String> messageIds, String path, Instant at) {
        record(List.of(), at, messageIds, path, at);
    }

    /**
     * Records messages as on their way, with what they look like (in one transaction). Messages
     * already acknowledged stay as they are.
     *
     * @param messages the messages
     * @param path how they go, e.g. {@code import} or {@code notes}
     * @param at when they are sent
     */
    public void markSentAs(Collection<Sent> messages, String path, Instant at) {
        recordSent(List.of(), at, messages, path, at);
    }

    /**
     * Records messages as confirmed by the server (in one transaction).
     *
     * @param messageIds the messages
     * @param at when the server confirmed them
     */
    public void markAcknowledged(Collection<String> messageIds, Instant at) {
        record(messageIds, at, List.of(), "", at);
    }

    /**
     * Records messages confirmed by the server and others on their way, in one transaction (one
     * write to the disk instead of two, as an upload does between two batches).
     *
     * @param acknowledged messages the server confirmed
     * @param acknowledgedAt when it confirmed them
     * @param sent messages about to be sent (those already acknowledged stay so)
     * @param path how they go, e.g. {@code import} or {@code notes}
     * @param sentAt when they are sent
     */
    public void record(Collection<String> acknowledged, Instant acknowledgedAt, Collection<String> sent, String path,
            Instant sentAt) {
        recordSent(acknowledged, acknowledgedAt, sent.stream().map(id -> new Sent(id, null, null)).toList(), path, sentAt);
    }

    /**
     * Records messages confirmed by the server and others on their way with what they look like, in
     * one transaction (one write to the disk instead of two, as an upload does between two batches).
     *
     * @param acknowledged messages the server confirmed
     * @param acknowledgedAt when it confirmed them
     * @param sent messages about to be sent (those already acknowledged stay so)
     * @param path how they go, e.g. {@code import} or {@code notes}
     * @param sentAt when they are sent
     */
    public void recordSent(Collection<String> acknowledged, Instant acknowledgedAt, Collection<Sent> sent, String path,
            Instant sentAt) {
        Objects.requireNonNull(path, "path");
        if (acknowledged.isEmpty() && sent.isEmpty()) {
            return;
        }
        synchronized (workspace) {
            workspace.transaction(() -> {
                // "sent" first: a message in both lists keeps its path and ends acknowledged.
                if (!sent.isEmpty()) {
                    try (PreparedStatement statement = connection.prepareStatement(SENT_SQL)) {
                        for (Sent message : sent) {
                            statement.setString(1, account);
                            statement.setString(2, message.messageId());
                            statement.setString(3, path);
                            statement.setString(4, sentAt.toString());
                            statement.setString(5, message.correspondent());
                            statement.setString(6, message.content());
                            statement.addBatch();
                        }
                        statement.executeBatch();
                    }
                }
                if (!acknowledged.isEmpty()) {
                    try (PreparedStatement statement = connection.prepareStatement(ACKNOWLEDGED_SQL)) {
                        for (String id : acknowledged) {
                            statement.setString(1, account);
                            statement.setString(2, id);
                            statement.setString(3, "");
                            statement.setString(4, acknowledgedAt.toString());
                            statement.addBatch();
                        }
                        statement.executeBatch();
                    }
                }
                return null;
            });
        }
    }

    /**
     * Records that confirmed messages were changed in the archive (re-addressed, replaced,
     * corrected) and now look like this, in one transaction.
     *
     * @param messages the messages as they are now in the archive
     * @param at when the server confirmed the change
     */
    public void changed(Collection<Sent> messages, Instant at) {
        if (messages.isEmpty()) {
            return;
        }
        synchronized (workspace) {
            workspace.transaction(() -> {
                try (PreparedStatement statement = connection.prepareStatement(CHANGED_SQL)) {
                    for (Sent message : messages) {
                        statement.setString(1, account);
                        statement.setString(2, message.messageId());
                        statement.setString(3, message.correspondent());
                        statement.setString(4, message.content());
                        statement.setString(5, at.toString());
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
                return null;
            });
        }
    }

    /**
     * How many messages were sent and how many of them confirmed.
     *
     * @return the numbers
     */
    public Counts counts() {
        synchronized (workspace) {
            return workspace.call(() -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*), coalesce(sum(state = 'acknowledged'), 0) FROM upload_ledger WHERE account = ?")) {
                    statement.setString(1, account);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return new Counts(row.getLong(1), row.getLong(2));
                    }
                }
            });
        }
    }

    /** Forgets everything about this account's uploads (e.g. after its archive was emptied). */
    public void forget() {
        synchronized (workspace) {
            workspace.call(() -> {
                for (String table : List.of("upload_ledger", "upload_media")) {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE account = ?")) {
                        statement.setString(1, account);
                        statement.executeUpdate();
                    }
                }
                return null;
            });
        }
    }

    /**
     * Where an attachment was uploaded earlier, if it was.
     *
     * @param messageId the message carrying it
     * @param position its place among the message's attachments, 0-based
     * @return the upload
     */
    public Optional<MediaLink> media(String messageId, int position) {
        synchronized (workspace) {
            return workspace.call(() -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT url, size FROM upload_media WHERE account = ? AND message_id = ? AND position = ?")) {
                    statement.setString(1, account);
                    statement.setString(2, messageId);
                    statement.setInt(3, position);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(new MediaLink(row.getString(1), row.getLong(2)))
                                : Optional.<MediaLink>empty();
                    }
                }
            });
        }
    }

    /**
     * Records an uploaded attachment.
     *
     * @param messageId the message carrying it
     * @param position its place among the message's attachments, 0-based
     * @param link where it can be fetched
     * @param at when it was uploaded
     */
    public void mediaUploaded(String messageId, int position, MediaLink link, Instant at) {
        synchronized (workspace) {
            workspace.call(() -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT OR REPLACE INTO upload_media (account, message_id, position, url, size, uploaded_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?)")) {
                    statement.setString(1, account);
                    statement.setString(2, messageId);
                    statement.setInt(3, position);
                    statement.setString(4, link.url());
                    statement.setLong(5, link.size());
                    statement.setString(6, at.toString());
                    statement.executeUpdate();
                }
                return null;
            });
        }
    }

    /**
     * What a message looked like when it was sent.
     *
     * @param messageId the message's stable id
     * @param correspondent the correspondent it was filed under (the other party, or the account
     *     itself for notes), or {@code null} when not recorded
     * @param content a digest of its text and attachment links, or {@code null} when not recorded
     */
    public record Sent(String messageId, String correspondent, String content) {

        /**
         * Checks the id.
         *
         * @param messageId the id
         * @param correspondent the correspondent or {@code null}
         * @param content the digest or {@code null}
         */
        public Sent {
            Objects.requireNonNull(messageId, "messageId");
        }
    }

    /**
     * A message sent and not confirmed.
     *
     * @param messageId the message's stable id
     * @param path how it went
     * @param sentAt when it was sent
     */
    public record Entry(String messageId, String path, Instant sentAt) {
    }

    /**
     * The ledger's numbers.
     *
     * @param sent messages sent, confirmed or not
     * @param acknowledged messages the server confirmed
     */
    public record Counts(long sent, long acknowledged) {
    }

    /**
     * An uploaded file.
     *
     * @param url where it can be fetched
     * @param size its size in bytes
     */
    public record MediaLink(String url, long size) {

        /**
         * Checks the components.
         *
         * @param url the address
         * @param size the size
         */
        public MediaLink {
            Objects.requireNonNull(url, "url");
        }
    }
}
