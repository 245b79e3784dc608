package org.trasloco.core.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import org.trasloco.core.history.Attachment;
import org.trasloco.core.history.Message;
import org.trasloco.core.history.MessageKind;
import org.trasloco.core.history.Network;

/** Reads messages back from the workspace, one row at a time. */
final class MessageReader {

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

    private MessageReader() {
    }

    static void forEach(Connection connection, Network network, String conversationKey, Consumer<Message> action)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, network.id());
            statement.setString(2, conversationKey);
            try (ResultSet row = statement.executeQuery()) {
                Message.Builder pending = null;
                String pendingId = null;
                while (row.next()) {
                    String id = row.getString(1);
                    if (!id.equals(pendingId)) {
                        if (pending != null) {
                            action.accept(pending.build());
                        }
                        pending = start(row);
                        pendingId = id;
                    }
                    String fileName = row.getString(18);
                    if (fileName != null) {
                        pending.attachment(new Attachment(fileName, row.getString(19), row.getBoolean(20),
                                row.getString(21)));
                    }
                }
                if (pending != null) {
                    action.accept(pending.build());
                }
            }
        }
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
}
