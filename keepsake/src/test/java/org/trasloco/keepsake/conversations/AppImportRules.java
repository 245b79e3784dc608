package org.trasloco.keepsake.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the app's restore does with each row, written down from its source so that a test can hold
 * every row Trasloco writes against it. Read in (not copied from):
 * <ul>
 * <li>snikket-im/snikket-android at 4b329a260a15515db9ec6783544083962918c314 (December 2025, carrying
 *     Conversations 2.13.4 and later upstream changes):
 *   <ul>
 *   <li>{@code src/main/java/eu/siacs/conversations/worker/ImportBackupWorker.java}: {@code TABLE_ALLOW_LIST}
 *       (accounts, conversations, messages, prekeys, signed_prekeys, sessions, identities), {@code importRow}
 *       (first key {@code table}, second {@code values}, column names matching {@code COLUMN_PATTERN}
 *       {@code ^[a-zA-Z_]+$}, values read with {@code nextNull}, {@code nextLong} or {@code nextString}, the
 *       account row's username, server and password checked against the header and the passphrase, each row
 *       inserted with {@code db.insert}, which drops a row it cannot insert without failing the restore);</li>
 *   <li>{@code src/main/java/eu/siacs/conversations/persistance/DatabaseBackend.java}: {@code onCreate} (the
 *       columns of {@code conversations} and {@code messages}, uuid the primary key of both, the foreign keys
 *       conversations.accountUuid → accounts.uuid and messages.conversationUuid → conversations.uuid) and
 *       {@code onConfigure} ({@code PRAGMA foreign_keys=ON}: a row whose parent is not there yet is dropped);</li>
 *   <li>{@code src/main/java/eu/siacs/conversations/entities/Message.java}: the status constants and
 *       {@code getContentValues} (edited and readByMarkers as JSON arrays); {@code Config.MAX_STORAGE_MESSAGE_CHARS};</li>
 *   <li>{@code src/main/java/eu/siacs/conversations/entities/Conversation.java} {@code findUnsentTextMessages}
 *       and {@code findWaitingMessages}, with {@code services/XmppConnectionService.java} {@code restoreMessages}
 *       (status 1, unsent, becomes 5, waiting) and {@code sendUnsentMessages} (status 5 is sent again);
 *       {@code findUnreadMessagesAndCalls} (unread messages are notified after a restore);</li>
 *   </ul></li>
 * <li>snikket-im/snikket-android at 09f6343ced61a44d87f736889d7c344ce333d6d9 ("Security: Introduce backup
 *     file format v2", August 2023, database version 51): {@code DatabaseBackend.onCreate}, the oldest
 *     columns an app reading format 2 has.</li>
 * </ul>
 */
final class AppImportRules {

    static final Set<String> ALLOWED_TABLES = Set.of("accounts", "conversations", "messages", "prekeys",
            "signed_prekeys", "sessions", "identities");
    static final Pattern COLUMN = Pattern.compile("^[a-zA-Z_]+$");
    /** {@code conversations} at both commits. */
    static final Set<String> CONVERSATION_COLUMNS = Set.of("uuid", "name", "contactUuid", "accountUuid", "contactJid",
            "created", "status", "mode", "attributes");
    /** {@code messages} at 09f6343 (version 51); 4b329a2 adds occupantId and reactions. */
    static final Set<String> MESSAGE_COLUMNS_V51 = Set.of("uuid", "conversationUuid", "timeSent", "counterpart",
            "trueCounterpart", "body", "encryption", "status", "type", "relativeFilePath", "serverMsgId",
            "axolotl_fingerprint", "carbon", "edited", "read", "oob", "errorMsg", "readByMarkers", "markable", "deleted",
            "bodyLanguage", "remoteMsgId");
    /** Statuses the app acts on after a restore: unsent (1), failed (3), waiting (5), offered (6). */
    static final Set<Long> STATUSES_THE_APP_RESENDS_OR_OFFERS = Set.of(1L, 3L, 5L, 6L);
    static final int MAX_STORAGE_MESSAGE_CHARS = 2 * 1024 * 1024;
    private static final Pattern BARE = Pattern.compile("^[^@/\\s]+@[^@/\\s]+$");
    private static final Pattern FULL = Pattern.compile("^[^@/\\s]+@[^@/\\s]+/.+$");

    private AppImportRules() {
    }

    /**
     * Checks every row as the restore would treat it.
     *
     * @param rows the backup's rows in file order
     * @param header the backup's header
     * @param password the passphrase the user types on restore
     * @param ours uuids of the message rows Trasloco added, held to the stricter rules for new rows
     * @return every problem found; empty when the app restores every row
     */
    static List<String> check(JsonNode rows, BackupHeader header, String password, Set<String> ours) {
        List<String> problems = new ArrayList<>();
        Set<String> accounts = new HashSet<>();
        Set<String> conversations = new HashSet<>();
        Set<String> messages = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        int index = 0;
        for (JsonNode row : rows) {
            String at = "row " + index++ + ": ";
            Iterator<String> keys = row.fieldNames();
            if (!keys.hasNext() || !"table".equals(keys.next()) || !keys.hasNext() || !"values".equals(keys.next())
                    || keys.hasNext()) {
                problems.add(at + "keys are not exactly table, values");
                continue;
            }
            String table = row.get("table").asText();
            JsonNode values = row.get("values");
            if (!ALLOWED_TABLES.contains(table)) {
                problems.add(at + table + " is not recognized for import");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> value = it.next();
                if (!COLUMN.matcher(value.getKey()).matches()) {
                    problems.add(at + "column " + value.getKey());
                }
                JsonNode v = value.getValue();
                if (!(v.isNull() || v.isTextual() || v.isIntegralNumber() && v.canConvertToLong())) {
                    problems.add(at + value.getKey() + " holds " + v.getNodeType());
                }
            }
            switch (table) {
                case "accounts" -> {
                    String jid = values.path("username").asText() + "@" + values.path("server").asText();
                    if (!jid.equalsIgnoreCase(header.account()) || !password.equals(values.path("password").asText())) {
                        problems.add(at + "account row does not match the header and passphrase");
                    }
                    accounts.add(values.path("uuid").asText());
                }
                case "conversations" -> {
                    String uuid = values.path("uuid").asText();
                    if (!conversations.add(uuid)) {
                        problems.add(at + "conversation uuid twice: " + uuid);
                    }
                    if (!accounts.contains(values.path("accountUuid").asText())) {
                        problems.add(at + "conversation before its account (foreign key)");
                    }
                    if (!addresses.add(values.path("accountUuid").asText() + " " + values.path("contactJid").asText().toLowerCase())) {
                        problems.add(at + "a second conversation with " + values.path("contactJid").asText());
                    }
                    values.fieldNames().forEachRemaining(column -> {
                        if (!CONVERSATION_COLUMNS.contains(column)) {
                            problems.add(at + "conversations has no column " + column);
                        }
                    });
                    if (!BARE.matcher(values.path("contactJid").asText()).matches()) {
                        problems.add(at + "contactJid " + values.path("contactJid"));
                    }
                }
                case "messages" -> {
                    String uuid = values.path("uuid").asText();
                    if (!messages.add(uuid)) {
                        problems.add(at + "message uuid twice: " + uuid);
                    }
                    if (!conversations.contains(values.path("conversationUuid").asText())) {
                        problems.add(at + "message before its conversation (foreign key)");
                    }
                    if (ours.contains(uuid)) {
                        problems.addAll(checkAdded(at, values));
                    }
                }
                default -> {
                    // The OMEMO tables: kept as the app wrote them.
                }
            }
        }
        return problems;
    }

    private static List<String> checkAdded(String at, JsonNode values) {
        List<String> problems = new ArrayList<>();
        values.fieldNames().forEachRemaining(column -> {
            if (!MESSAGE_COLUMNS_V51.contains(column)) {
                problems.add(at + "not every app has the column messages." + column);
            }
        });
        long status = values.path("status").asLong(-1);
        if (STATUSES_THE_APP_RESENDS_OR_OFFERS.contains(status) || (status != 0 && status != 7)) {
            problems.add(at + "status " + status);
        }
        expect(problems, at, values, "read", 1);
        expect(problems, at, values, "markable", 0);
        expect(problems, at, values, "encryption", 0);
        expect(problems, at, values, "type", 0);
        expect(problems, at, values, "carbon", 0);
        expect(problems, at, values, "deleted", 0);
        expect(problems, at, values, "oob", 0);
        if (!values.path("serverMsgId").isNull()) {
            problems.add(at + "serverMsgId set");
        }
        if (!"[]".equals(values.path("edited").asText()) || !"[]".equals(values.path("readByMarkers").asText())) {
            problems.add(at + "edited/readByMarkers not the empty JSON arrays the app writes");
        }
        String body = values.path("body").asText("");
        if (body.isBlank() || body.length() > MAX_STORAGE_MESSAGE_CHARS) {
            problems.add(at + "body of " + body.length() + " characters");
        }
        String counterpart = values.path("counterpart").asText();
        if (!BARE.matcher(counterpart).matches() && !FULL.matcher(counterpart).matches()) {
            problems.add(at + "counterpart " + counterpart);
        }
        if (values.path("timeSent").asLong(0) <= 0) {
            problems.add(at + "timeSent " + values.path("timeSent"));
        }
        return problems;
    }

    private static void expect(List<String> problems, String at, JsonNode values, String column, long value) {
        if (values.path(column).asLong(-1) != value) {
            problems.add(at + column + " " + values.path(column));
        }
    }
}
