package org.trasloco.keepsake.conversations;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.trasloco.core.progress.Cancellation;
import org.trasloco.core.progress.ProgressListener;

/**
 * The first read of a backup: its account (checked as the app checks it on restore), the
 * conversations the app has, where each table's rows end (new rows go after them, so that a
 * message never comes before its conversation), the messages an earlier run of Trasloco added, and
 * the newest message. Holds a few values per conversation, never the messages.
 */
final class BackupSurvey {

    /**
     * A conversation the app already has.
     *
     * @param uuid its uuid
     * @param mode single (0) or group chat (1)
     */
    record Existing(String uuid, long mode) {
    }

    String accountUuid;
    final Map<String, Existing> conversations = new HashMap<>();
    /** Uuids of messages Trasloco added before (name-based, version 3; the app makes random ones). */
    final Set<String> addedBefore = new HashSet<>();
    long newestMessage;
    long rows;
    long lastAccountRow = -1;
    long lastConversationRow = -1;
    long lastMessageRow = -1;

    /** New conversations go after this row (0-based). */
    long conversationsAfter() {
        return Math.max(lastAccountRow, lastConversationRow);
    }

    /** New messages go after this row (0-based). */
    long messagesAfter() {
        return Math.max(conversationsAfter(), lastMessageRow);
    }

    static BackupSurvey read(Path file, byte[] key, char[] password, ProgressListener progress, long total,
            Cancellation cancellation) {
        BackupSurvey survey = new BackupSurvey();
        try (BackupReader reader = BackupReader.open(file, key)) {
            BackupHeader header = reader.header();
            BackupRow row;
            while ((row = reader.next()) != null) {
                long index = survey.rows++;
                switch (row.table()) {
                    case BackupRow.ACCOUNTS -> survey.account(file, header, row, password, index);
                    case BackupRow.CONVERSATIONS -> {
                        survey.lastConversationRow = index;
                        survey.conversations.put(Addresses.key(row.text("contactJid")),
                                new Existing(row.text("uuid"), row.number("mode", 0)));
                    }
                    case BackupRow.MESSAGES -> {
                        survey.lastMessageRow = index;
                        survey.newestMessage = Math.max(survey.newestMessage, row.number("timeSent", 0));
                        String uuid = row.text("uuid");
                        if (uuid != null && isNameBased(uuid)) {
                            survey.addedBefore.add(uuid);
                        }
                    }
                    default -> {
                        // OMEMO keys and sessions: kept as they are.
                    }
                }
                if (index % 512 == 0) {
                    cancellation.throwIfCancelled();
                    progress.progress(reader.position(), total);
                }
            }
            reader.finish();
            if (survey.accountUuid == null) {
                throw BackupReader.bad(file, BackupText.MALFORMED, null, file, "no account");
            }
        }
        return survey;
    }

    private void account(Path file, BackupHeader header, BackupRow row, char[] password, long index) {
        if (accountUuid != null) {
            throw BackupReader.bad(file, BackupText.MALFORMED, null, file, "more than one account");
        }
        String address = row.text("username") + "@" + row.text("server");
        if (!Addresses.key(address).equals(Addresses.key(header.account())) || !same(row.text("password"), password)) {
            throw BackupReader.bad(file, BackupText.ACCOUNT_MISMATCH, null, file, header.account());
        }
        accountUuid = row.text("uuid");
        lastAccountRow = index;
    }

    private static boolean same(String stored, char[] password) {
        if (stored == null || stored.length() != password.length) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < password.length; i++) {
            difference |= stored.charAt(i) ^ password[i];
        }
        return difference == 0;
    }

    private static boolean isNameBased(String uuid) {
        try {
            return UUID.fromString(uuid).version() == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
