package org.trasloco.core.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trasloco.core.history.PhoneBookEntry;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Conversation;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.HistorySink;
import org.trasloco.core.history.ImportWarning;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.time.Timestamps;

/**
 * One export being written into the workspace, in a single transaction. Hand it to an importer as
 * its {@link HistorySink}, then call {@link #commit()}; {@link #close()} without a commit (for
 * instance after an error or a cancellation) rolls everything back.
 *
 * <p>A message whose stable id is already in the workspace is not added again; when the new copy
 * brings attachment files that the stored copy lacked (a chat exported first without, then with
 * media), the files are recorded on the stored message.
 *
 * <p>A contact list that comes with the export ({@link #phoneBookEntry}) is held in memory and, at
 * {@link #commit()}, passed through {@link org.trasloco.core.contacts.PhoneBookGate} against every
 * participant of the workspace, this export's included: only entries that may be someone in the
 * history are written, the rest never touch the file. The export's owner ({@link #owner}) is the
 * user and is kept.
 */
public final class SourceImport implements HistorySink, AutoCloseable {

    /** Messages per {@code INSERT}: one statement for many rows costs SQLite far less per row. */
    private static final int ROWS_PER_INSERT = 64;
    /** Multi-row statements collected before they are run together. */
    private static final int INSERTS_PER_BATCH = 8;
    private static final int COLUMNS = 18;
    private static final String INSERT_MESSAGES = """
            INSERT OR IGNORE INTO messages (id, conversation_id, source_id, source_seq, source_line, local_time,
                instant, author, author_id, kind, text, media_omitted, edited, platform_id, reply_to,
                forwarded_from, approximate_time, spans)
            VALUES\s""";
    private static final String ROW = "(" + "?, ".repeat(COLUMNS - 1) + "?)";
    private static final String INSERT_ATTACHMENT = """
            INSERT OR IGNORE INTO attachments (message_id, position, file_name, media_type, present, location,
                source_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String MARK_MEDIA_PRESENT = "UPDATE messages SET media_omitted = 0 "
            + "WHERE conversation_id = ? AND local_time = ? AND id = ? AND media_omitted = 1";

    private final Workspace workspace;
    private final Connection connection;
    private final long sourceId;
    private final PreparedStatement insertMessage;
    private final PreparedStatement insertMessages;
    private final PreparedStatement insertAttachment;
    private final PreparedStatement markMediaPresent;
    private final Map<String, ConversationCounts> counts = new LinkedHashMap<>();
    private final String phoneBookOrigin;
    private final List<PhoneBookEntry> phoneBook = new ArrayList<>();
    private final List<PhoneBookEntry> owners = new ArrayList<>();
    /** Messages waiting for a full multi-row statement, in arrival order. */
    private final List<Message> waiting = new ArrayList<>(ROWS_PER_INSERT);
    /**
     * Messages with attachment files, written after their own rows, so that the stored copy of a known
     * message (exported first without media) gains its files.
     */
    private final List<Message> withFiles = new ArrayList<>();
    private long conversationId = -1;
    private int batched;
    private long warnings;
    private boolean finished;

    SourceImport(Workspace workspace, Connection connection, Network network, String sourcePath)
            throws SQLException {
        this.workspace = workspace;
        this.connection = connection;
        this.phoneBookOrigin = network.id() + ":" + sourcePath;
        // Every row written here refers to the source and conversations created in this same transaction;
        // checking each reference would cost SQLite two lookups per message. Back on at the end.
        foreignKeys(connection, false);
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sources (network, path, imported_at) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, network.id());
                insert.setString(2, sourcePath);
                insert.setString(3, Instant.now().toString());
                insert.executeUpdate();
                this.sourceId = generatedKey(insert);
            }
            this.insertMessage = connection.prepareStatement(INSERT_MESSAGES + ROW);
            this.insertMessages = connection.prepareStatement(
                    INSERT_MESSAGES + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, ROW)));
            this.insertAttachment = connection.prepareStatement(INSERT_ATTACHMENT);
            this.markMediaPresent = connection.prepareStatement(MARK_MEDIA_PRESENT);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            connection.setAutoCommit(true);
            foreignKeys(connection, true);
            throw e;
        }
    }

    @Override
    public void beginConversation(Conversation conversation) {
        synchronized (workspace) {
            workspace.call(() -> {
                flush();
                conversationId = upsertConversation(conversation);
                counts.putIfAbsent(conversation.key(), new ConversationCounts(conversationId, conversation.title()));
                return null;
            });
        }
    }

    @Override
    public void message(Message message) {
        if (conversationId < 0) {
            throw new IllegalStateException("message before beginConversation");
        }
        synchronized (workspace) {
            workspace.call(() -> {
                counts.get(message.conversationKey()).read++;
                waiting.add(message);
                if (!message.attachments().isEmpty()) {
                    withFiles.add(message);
                }
                if (waiting.size() == ROWS_PER_INSERT) {
                    queueWaiting();
                }
                return null;
            });
        }
    }

    @Override
    public void warning(ImportWarning warning) {
        warnings++;
    }

    @Override
    public void endConversation(Conversation conversation, List<Participant> participants) {
        synchronized (workspace) {
            workspace.call(() -> {
                flush();
                long id = upsertConversation(conversation);
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO participants (conversation_id, name, platform_id, phone, saved_contact)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (conversation_id, name) DO UPDATE SET
                            platform_id = coalesce(excluded.platform_id, platform_id),
                            phone = coalesce(excluded.phone, phone),
                            saved_contact = saved_contact AND excluded.saved_contact
                        """)) {
                    for (Participant participant : participants) {
                        insert.setLong(1, id);
                        insert.setString(2, participant.name());
                        insert.setString(3, participant.platformId());
                        insert.setString(4, participant.phone());
                        insert.setBoolean(5, participant.savedContact());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                conversationId = -1;
                return null;
            });
        }
    }

    /** Kept with the conversation; a later export of the same chat in another language replaces it. */
    @Override
    public void exportLanguage(Conversation conversation, Locale language) {
        synchronized (workspace) {
            workspace.call(() -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE conversations SET language = ? WHERE network = ? AND key = ?")) {
                    update.setString(1, language.getLanguage());
                    update.setString(2, conversation.network().id());
                    update.setString(3, conversation.key());
                    update.executeUpdate();
                }
                return null;
            });
        }
    }

    /** Held until {@link #commit()}, which keeps it only if it may be someone in the history. */
    @Override
    public void phoneBookEntry(PhoneBookEntry entry) {
        synchronized (workspace) {
            phoneBook.add(entry);
        }
    }

    /** Kept at {@link #commit()}: it is the user's own details. */
    @Override
    public void owner(PhoneBookEntry owner) {
        synchronized (workspace) {
            owners.add(owner);
        }
    }

    /**
     * Writes everything received and ends the transaction.
     *
     * @return how many messages were read and how many were new, per conversation
     */
    public ImportReport commit() {
        synchronized (workspace) {
            return workspace.call(() -> {
                flush();
                List<ImportReport.ConversationResult> results = new ArrayList<>();
                long read = 0;
                long added = 0;
                for (Map.Entry<String, ConversationCounts> entry : counts.entrySet()) {
                    ConversationCounts count = entry.getValue();
                    long stored = countFromSource(count.conversationId);
                    results.add(new ImportReport.ConversationResult(entry.getKey(), count.title, count.read, stored));
                    read += count.read;
                    added += stored;
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE sources SET messages_read = ?, messages_added = ?, warnings = ? WHERE id = ?")) {
                    update.setLong(1, read);
                    update.setLong(2, added);
                    update.setLong(3, warnings);
                    update.setLong(4, sourceId);
                    update.executeUpdate();
                }
                for (PhoneBookEntry owner : owners) {
                    PhoneBookTables.insertOwner(connection, sourceId, owner);
                }
                if (!phoneBook.isEmpty()) {
                    PhoneBookTables.keep(connection, phoneBookOrigin, phoneBook);
                    phoneBook.clear();
                }
                connection.commit();
                finish();
                return new ImportReport(sourceId, read, added, warnings, results);
            });
        }
    }

    /** Rolls back unless {@link #commit()} was called. */
    @Override
    public void close() {
        synchronized (workspace) {
            if (finished) {
                return;
            }
            workspace.call(() -> {
                connection.rollback();
                finish();
                return null;
            });
        }
    }

    private void finish() throws SQLException {
        finished = true;
        insertMessage.close();
        insertMessages.close();
        insertAttachment.close();
        markMediaPresent.close();
        connection.setAutoCommit(true);
        foreignKeys(connection, true);
    }

    /** Takes effect only outside a transaction, as SQLite ignores it inside one. */
    private static void foreignKeys(Connection connection, boolean on) throws SQLException {
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    private long upsertConversation(Conversation conversation) throws SQLException {
        // A conversation seen once as a group stays a group: a later, shorter export may look direct.
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO conversations (network, key, title, kind) VALUES (?, ?, ?, ?)
                ON CONFLICT (network, key) DO UPDATE SET
                    title = excluded.title,
                    kind = CASE WHEN kind = 'direct' THEN excluded.kind ELSE kind END
                """)) {
            upsert.setString(1, conversation.network().id());
            upsert.setString(2, conversation.key());
            upsert.setString(3, conversation.title());
            upsert.setString(4, conversation.kind().id());
            upsert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM conversations WHERE network = ? AND key = ?")) {
            select.setString(1, conversation.network().id());
            select.setString(2, conversation.key());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Binds a full multi-row statement from the waiting messages and adds it to the batch. */
    private void queueWaiting() throws SQLException {
        for (int row = 0; row < waiting.size(); row++) {
            bindMessage(insertMessages, row * COLUMNS, waiting.get(row));
        }
        insertMessages.addBatch();
        waiting.clear();
        if (++batched >= INSERTS_PER_BATCH) {
            flush();
        }
    }

    private void bindMessage(PreparedStatement s, int offset, Message message) throws SQLException {
        s.setString(offset + 1, message.id());
        s.setLong(offset + 2, conversationId);
        s.setLong(offset + 3, sourceId);
        s.setLong(offset + 4, message.sequence());
        s.setLong(offset + 5, message.sourceLine());
        s.setString(offset + 6, Timestamps.iso(message.timestamp()));
        s.setString(offset + 7, message.instant() == null ? null : Timestamps.iso(message.instant()));
        s.setString(offset + 8, message.author());
        s.setString(offset + 9, message.authorId());
        s.setString(offset + 10, message.kind().id());
        s.setString(offset + 11, message.text());
        s.setBoolean(offset + 12, message.mediaOmitted());
        s.setBoolean(offset + 13, message.edited());
        s.setString(offset + 14, message.platformId());
        s.setString(offset + 15, message.replyTo());
        s.setString(offset + 16, message.forwardedFrom());
        s.setBoolean(offset + 17, message.approximateTime());
        s.setString(offset + 18, SpanCodec.encode(message.spans()));
    }

    /** Writes the files of the messages just written, and marks their stored copies as having media. */
    private void writeFiles() throws SQLException {
        if (withFiles.isEmpty()) {
            return;
        }
        for (Message message : withFiles) {
            int position = 0;
            for (Attachment attachment : message.attachments()) {
                insertAttachment.setString(1, message.id());
                insertAttachment.setInt(2, position++);
                insertAttachment.setString(3, attachment.fileName());
                insertAttachment.setString(4, attachment.mediaType());
                insertAttachment.setBoolean(5, attachment.present());
                insertAttachment.setString(6, attachment.location());
                insertAttachment.setLong(7, sourceId);
                insertAttachment.addBatch();
            }
        }
        insertAttachment.executeBatch();
        for (Message message : withFiles) {
            if (!message.mediaOmitted() && message.attachments().stream().anyMatch(Attachment::present)) {
                markMediaPresent.setLong(1, conversationId);
                markMediaPresent.setString(2, Timestamps.iso(message.timestamp()));
                markMediaPresent.setString(3, message.id());
                markMediaPresent.executeUpdate();
            }
        }
        withFiles.clear();
    }

    /** Writes every message received so far, in the order received. */
    private void flush() throws SQLException {
        if (batched > 0) {
            insertMessages.executeBatch();
            batched = 0;
        }
        if (!waiting.isEmpty()) {
            for (Message message : waiting) {
                bindMessage(insertMessage, 0, message);
                insertMessage.addBatch();
            }
            insertMessage.executeBatch();
            waiting.clear();
        }
        writeFiles();
    }

    private long countFromSource(long conversation) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM messages WHERE conversation_id = ? AND source_id = ?")) {
            count.setLong(1, conversation);
            count.setLong(2, sourceId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Mutable per-conversation counter, only touched under the workspace lock. */
    private static final class ConversationCounts {
        private final long conversationId;
        private final String title;
        private long read;

        ConversationCounts(long conversationId, String title) {
            this.conversationId = conversationId;
            this.title = title;
        }
    }
}
