package org.trasloco.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.trasloco.core.CoreMessages;
import org.trasloco.core.contacts.Contact;
import org.trasloco.core.error.TraslocoException;
import org.trasloco.core.files.PrivateFiles;
import org.trasloco.core.history.ConversationKind;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.Network;
import org.trasloco.core.history.Participant;
import org.trasloco.core.i18n.LocalizedText;

/**
 * An open workspace file. Create or open one with {@link #open(Path)}; import exports with
 * {@link #beginImport}; read what is there with the query methods. All methods are synchronized: a
 * workspace may be shared by a user interface thread and one background job.
 */
public final class Workspace implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final boolean created;
    private final PeopleStore people;

    private Workspace(Path file, Connection connection, boolean created) {
        this.file = file;
        this.connection = connection;
        this.created = created;
        this.people = new PeopleStore(this, connection);
    }

    /**
     * Opens a workspace, creating it (private to the user) when the file does not exist, and brings
     * its schema up to date.
     *
     * @param file the workspace file, conventionally {@code *.trasloco}
     * @return the open workspace; close it when done
     * @throws TraslocoException when the file is not a workspace, is too new, or cannot be opened
     */
    public static Workspace open(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        boolean created;
        try {
            created = PrivateFiles.createOrRestrict(absolute);
        } catch (IOException e) {
            throw new TraslocoException(TraslocoException.Kind.STORAGE,
                    LocalizedText.of(CoreMessages.WORKSPACE_OPEN_FAILED, absolute), e);
        }
        Connection connection = null;
        try {
            SqliteNativeLibrary.prepare();
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            configure(connection);
            checkOwnership(connection, absolute);
            int version = SchemaMigrator.currentVersion(connection);
            if (version > SchemaMigrator.latestVersion()) {
                throw new TraslocoException(TraslocoException.Kind.STORAGE, CoreMessages.WORKSPACE_TOO_NEW,
                        absolute, version, SchemaMigrator.latestVersion());
            }
            SchemaMigrator.migrate(connection, version);
            return new Workspace(absolute, connection, created);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (created) {
                deleteQuietly(absolute);
            }
            if (e instanceof TraslocoException domain) {
                throw domain;
            }
            if (isNotADatabase(e)) {
                throw new TraslocoException(TraslocoException.Kind.STORAGE,
                        LocalizedText.of(CoreMessages.WORKSPACE_NOT_OURS, absolute), e);
            }
            throw storageError(absolute, e);
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
            statement.execute("PRAGMA foreign_keys = ON");
            // 64 MiB of page cache (native memory, used only as needed) keeps big imports fast.
            statement.execute("PRAGMA cache_size = -65536");
            statement.execute("PRAGMA temp_store = MEMORY");
        }
    }

    private static boolean isNotADatabase(Exception e) {
        return e instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("SQLITE_NOTADB");
    }

    private static void checkOwnership(Connection connection, Path file) throws SQLException {
        int applicationId = SchemaMigrator.applicationId(connection);
        if (applicationId == SchemaMigrator.APPLICATION_ID) {
            return;
        }
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            if (applicationId != 0 || (tables.next() && tables.getInt(1) > 0)) {
                throw new TraslocoException(TraslocoException.Kind.STORAGE, CoreMessages.WORKSPACE_NOT_OURS, file);
            }
        }
    }

    /** The workspace file, absolute. */
    public Path file() {
        return file;
    }

    /** Whether {@link #open} created the file (it did not exist before). */
    public boolean createdNow() {
        return created;
    }

    /** The schema version of the open file (always the newest this program knows). */
    public synchronized int schemaVersion() {
        return call(() -> SchemaMigrator.currentVersion(connection));
    }

    /**
     * Starts importing one export. Everything the returned import receives is written in one
     * transaction that {@link SourceImport#commit()} ends; closing it without committing leaves the
     * workspace exactly as it was. Only one import can be open at a time.
     *
     * @param network the export's network
     * @param sourcePath the export as the user named it (shown in the history of imports)
     * @return the import, to be used as the importer's sink and then committed or closed
     */
    public synchronized SourceImport beginImport(Network network, String sourcePath) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(sourcePath, "sourcePath");
        return call(() -> new SourceImport(this, connection, network, sourcePath));
    }

    /**
     * Lists the conversations with their numbers, in the order of their first message.
     *
     * @return one summary per conversation
     */
    public synchronized List<ConversationSummary> conversations() {
        String sql = """
                SELECT c.id, c.network, c.key, c.title, c.kind,
                       count(m.seq),
                       coalesce(sum(m.kind = 'system'), 0),
                       coalesce(sum(m.kind = 'deleted'), 0),
                       min(m.local_time), max(m.local_time),
                       (SELECT count(*) FROM participants p WHERE p.conversation_id = c.id)
                FROM conversations c LEFT JOIN messages m ON m.conversation_id = c.id
                GROUP BY c.id
                ORDER BY min(m.local_time), c.id
                """;
        return call(() -> {
            List<ConversationSummary> result = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    result.add(new ConversationSummary(
                            Network.ofId(row.getString(2)), row.getString(3), row.getString(4),
                            ConversationKind.valueOf(row.getString(5).toUpperCase(Locale.ROOT)),
                            row.getLong(6), row.getLong(7), row.getLong(8),
                            parseTime(row.getString(9)), parseTime(row.getString(10)), row.getInt(11)));
                }
            }
            return result;
        });
    }

    /**
     * Lists the exports read into the workspace, in the order they were imported (an export imported
     * twice is listed twice). Only committed imports are listed: one that failed left nothing.
     *
     * @return one entry per import
     */
    public synchronized List<ImportedSource> sources() {
        String sql = "SELECT id, network, path, imported_at, messages_read, messages_added FROM sources ORDER BY id";
        return call(() -> {
            List<ImportedSource> result = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    result.add(new ImportedSource(row.getLong(1), Network.ofId(row.getString(2)), row.getString(3),
                            Instant.parse(row.getString(4)), row.getLong(5), row.getLong(6)));
                }
            }
            return result;
        });
    }

    /**
     * The language each conversation's export was written in, where the export told it (see
     * {@link org.trasloco.core.history.HistorySink#exportLanguage}).
     *
     * @param network the network
     * @return languages by conversation key; conversations whose export did not tell are absent
     */
    public synchronized Map<String, Locale> exportLanguages(Network network) {
        return call(() -> {
            Map<String, Locale> result = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT key, language FROM conversations WHERE network = ? AND language IS NOT NULL ORDER BY id")) {
                select.setString(1, network.id());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        result.put(row.getString(1), Locale.forLanguageTag(row.getString(2)));
                    }
                }
            }
            return result;
        });
    }

    /**
     * Lists the participants of one conversation with their message counts, most active first.
     *
     * @param network the conversation's network
     * @param conversationKey the conversation's key
     * @return the participants; empty when the conversation is unknown
     */
    public synchronized List<Participant> participants(Network network, String conversationKey) {
        // One pass over the conversation's messages, not one per participant.
        String sql = """
                WITH c AS (SELECT id FROM conversations WHERE network = ? AND key = ?),
                     written AS (SELECT author, count(*) AS n FROM messages
                                 WHERE conversation_id = (SELECT id FROM c) GROUP BY author)
                SELECT p.name, p.platform_id, p.phone, p.saved_contact, coalesce(written.n, 0) AS n
                FROM participants p LEFT JOIN written ON written.author = p.name
                WHERE p.conversation_id = (SELECT id FROM c)
                ORDER BY n DESC, p.name
                """;
        return call(() -> {
            List<Participant> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, network.id());
                statement.setString(2, conversationKey);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        result.add(new Participant(row.getString(1), row.getString(2), row.getString(3),
                                row.getBoolean(4), row.getLong(5)));
                    }
                }
            }
            return result;
        });
    }

    /**
     * The people of the history, merged across conversations, with the user's decision for each,
     * as the people step last saved them (empty until it has run once). Other features (invites,
     * the archive upload) read them from here.
     *
     * @return every contact, oldest first
     */
    public List<Contact> contacts() {
        return people.contacts();
    }

    /** The people part of the workspace: contacts, corrections, decisions, kept phone-book entries. */
    public PeopleStore people() {
        return people;
    }

    /** The number of messages in the workspace, of every conversation. */
    public synchronized long messageCount() {
        return call(() -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT count(*) FROM messages")) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /**
     * Streams one conversation's messages in time order (export order among equal times).
     *
     * @param network the conversation's network
     * @param conversationKey the conversation's key
     * @param action called once per message
     */
    public synchronized void forEachMessage(Network network, String conversationKey, Consumer<Message> action) {
        try (MessageCursor cursor = openMessages(network, conversationKey)) {
            cursor.forEachRemaining(action);
        }
    }

    /**
     * Opens one conversation's messages for reading in time order (export order among equal times),
     * at the caller's pace; several may be open at once.
     *
     * @param network the conversation's network
     * @param conversationKey the conversation's key
     * @return the cursor; close it when done (an unknown conversation gives an empty one)
     */
    public synchronized MessageCursor openMessages(Network network, String conversationKey) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(conversationKey, "conversationKey");
        return call(() -> new MessageCursor(this, connection, network, conversationKey));
    }

    /**
     * The record of what was uploaded to one account's archive (sent, confirmed by the server), so
     * that an interrupted upload continues where it stopped.
     *
     * @param account the bare XMPP address the history goes to, e.g. {@code anna@example.org}
     * @return the account's ledger
     */
    public synchronized UploadLedger uploadLedger(String account) {
        return new UploadLedger(this, connection, account);
    }

    /**
     * The invitations one account's server made for the people of the move.
     *
     * @param account the bare XMPP address whose server made them, e.g. {@code anna@example.org}
     * @return the account's invitations
     */
    public synchronized ServerInvitationStore serverInvitations(String account) {
        return new ServerInvitationStore(this, connection, account);
    }

    /**
     * Reads a named value.
     *
     * @param key the name
     * @return the value, if set
     */
    public synchronized Optional<String> property(String key) {
        return call(() -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT value FROM properties WHERE key = ?")) {
                statement.setString(1, key);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Stores a named value, replacing an earlier one.
     *
     * @param key the name
     * @param value the value
     */
    public synchronized void setProperty(String key, String value) {
        call(() -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO properties (key, value) VALUES (?, ?) "
                            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                statement.setString(1, key);
                statement.setString(2, value);
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** Closes the file. A {@link SourceImport} still open is rolled back. */
    @Override
    public synchronized void close() {
        call(() -> {
            connection.close();
            return null;
        });
    }

    /** Whether SQLite checks references now (off only while an import is open). */
    synchronized boolean checksReferences() {
        return call(() -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("PRAGMA foreign_keys")) {
                return row.next() && row.getInt(1) == 1;
            }
        });
    }

    /** Runs one database action, turning SQL failures into the domain exception. */
    <T> T call(SqlAction<T> action) {
        try {
            return action.run();
        } catch (SQLException e) {
            throw storageError(file, e);
        }
    }

    /**
     * Runs database actions in one transaction: all or nothing.
     *
     * @throws IllegalStateException while an import is open (it holds the transaction)
     */
    <T> T transaction(SqlAction<T> action) {
        return call(() -> {
            if (!connection.getAutoCommit()) {
                throw new IllegalStateException("an import is in progress");
            }
            connection.setAutoCommit(false);
            try {
                T result = action.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** The domain error for a failed database action on {@code file}. */
    static TraslocoException storageError(Path file, Exception cause) {
        boolean busy = cause instanceof SQLException sql && sql.getMessage() != null
                && (sql.getMessage().contains("SQLITE_BUSY") || sql.getMessage().contains("SQLITE_LOCKED"));
        return new TraslocoException(TraslocoException.Kind.STORAGE,
                LocalizedText.of(busy ? CoreMessages.WORKSPACE_BUSY : CoreMessages.WORKSPACE_IO,
                        file), cause);
    }

    static LocalDateTime parseTime(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The original failure is what the user needs to see.
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing more can be done; the original failure is reported.
        }
    }

    /** A database action that may fail with {@link SQLException}. */
    @FunctionalInterface
    interface SqlAction<T> {
        T run() throws SQLException;
    }
}
