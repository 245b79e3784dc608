package org.trasloco.core.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.Network;

/**
 * One conversation's messages read in time order (export order among equal times), one at a time,
 * for as long as the caller wants: several cursors may be open at once, e.g. to merge conversations
 * into one chronological stream. Obtained from {@link Workspace#openMessages}; close it when done.
 * Reads hold the workspace's lock only while a message is being read.
 */
public final class MessageCursor implements Iterator<Message>, AutoCloseable {

    private static final String SQL = """
            SELECT m.id, c.key, m.source_seq, m.local_time, m.instant, m.author, m.author_id, m.kind, m.text,
                   m.media_omitted, m.edited, m.platform_id, m.reply_to, m.forwarded_from, m.approximate_time,
                   m.spans, m.source_line,
                   a.file_name, a.media_type, a.present, a.location
            FROM messages m
            JOIN conversations c ON c.id = m.conversation_id
            LEFT JOIN attachments a ON a.message_id = m.id
            WHERE c.network = ? AND c.key = ?
            ORDER BY m.local_time, m.seq, a.position
            """;

    private final Workspace workspace;
    private final PreparedStatement statement;
    private final ResultSet rows;
    /** Whether {@link #rows} stands on a row not yet consumed. */
    private boolean onRow;
    private boolean closed;

    MessageCursor(Workspace workspace, Connection connection, Network network, String conversationKey) throws SQLException {
        this.workspace = workspace;
        this.statement = connection.prepareStatement(SQL);
        try {
            statement.setString(1, network.id());
            statement.setString(2, conversationKey);
            this.rows = statement.executeQuery();
            this.onRow = rows.next();
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Whether another message follows. */
    @Override
    public boolean hasNext() {
        synchronized (workspace) {
            return onRow && !closed;
        }
    }

    /**
     * The next message, with its attachments.
     *
     * @return the message
     * @throws NoSuchElementException after the last message
     */
    @Override
    public Message next() {
        synchronized (workspace) {
            if (!onRow || closed) {
                throw new NoSuchElementException("no more messages");
            }
            return workspace.call(this::readMessage);
        }
    }

    private Message readMessage() throws SQLException {
        String id = rows.getString(1);
        Message.Builder message = start(rows);
        do {
            String fileName = rows.getString(18);
            if (fileName != null) {
                message.attachment(new Attachment(fileName, rows.getString(19), rows.getBoolean(20), rows.getString(21)));
            }
            onRow = rows.next();
        } while (onRow && id.equals(rows.getString(1)));
        return message.build();
    }

    private static Message.Builder start(ResultSet row) throws SQLException {
        String instant = row.getString(5);
        Message.Builder builder = Message.builder()
                .id(row.getString(1))
                .conversationKey(row.getString(2))
                .sequence(row.getLong(3))
                .timestamp(Workspace.parseTime(row.getString(4)))
                .instant(instant == null ? null : Instant.parse(instant))
                .author(row.getString(6))
                .authorId(row.getString(7))
                .kind(MessageKind.valueOf(row.getString(8).toUpperCase(Locale.ROOT)))
                .text(row.getString(9))
                .mediaOmitted(row.getBoolean(10))
                .edited(row.getBoolean(11))
                .platformId(row.getString(12))
                .replyTo(row.getString(13))
                .forwardedFrom(row.getString(14))
                .approximateTime(row.getBoolean(15))
                .sourceLine(row.getLong(17));
        SpanCodec.decode(row.getString(16)).forEach(builder::span);
        return builder;
    }

    /** Ends the read; further calls see no more messages. */
    @Override
    public void close() {
        synchronized (workspace) {
            if (closed) {
                return;
            }
            closed = true;
            workspace.call(() -> {
                statement.close();
                return null;
            });
        }
    }
}
