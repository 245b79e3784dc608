package org.trasloco.keepsake.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Phone backups for the tests, shaped as the app's {@code ExportBackupWorker} writes them
 * (snikket-im/snikket-android at 4b329a260a15515db9ec6783544083962918c314): one account row whose
 * {@code options} is a number with the "disabled" bit set and {@code rosterversion} null, every
 * other value a string as {@code cursor.getString} gives it; then the account's conversations, its
 * messages with every column of database version 54, and the OMEMO tables. No backup made by a
 * real phone is in the repository: this machine has no Android to make one.
 */
public final class PhoneBackups {

    /** The account the backups are of. */
    public static final String ACCOUNT = "jess@example.org";
    /** The account's password, which encrypts its backups. */
    public static final String PASSWORD = "correct horse ☃ battery";
    static final String ACCOUNT_UUID = "4f2d8b6e-0c1a-4e7b-9a53-2f1e6d0c8b11";
    static final String MAMMA_UUID = "9b1c2d3e-4f50-4a6b-8c7d-1e2f3a4b5c6d";
    static final String FAMILY_UUID = "0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PhoneBackups() {
    }

    /**
     * Writes a backup of Jess's account: a chat with Mamma, the family group chat, OMEMO keys.
     *
     * @param file where
     * @param newestMessage the time of the newest message the app has
     * @param rowPassword the password the account row holds (the app's own: {@link #PASSWORD})
     */
    public static void write(Path file, Instant newestMessage, String rowPassword) throws IOException {
        byte[] salt = bytes(16, 3);
        BackupHeader header = new BackupHeader(2, "Conversations", ACCOUNT, 1_733_400_000_000L, bytes(12, 7), salt);
        byte[] key = BackupKey.derive(PASSWORD.toCharArray(), salt);
        try (BackupWriter writer = new BackupWriter(file, header, key)) {
            for (BackupRow row : rows(newestMessage, rowPassword)) {
                writer.write(row);
            }
        }
    }

    static List<BackupRow> rows(Instant newestMessage, String rowPassword) {
        List<BackupRow> rows = new ArrayList<>();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("uuid", ACCOUNT_UUID);
        account.put("username", "jess");
        account.put("server", "example.org");
        account.put("password", rowPassword);
        account.put("display_name", null);
        account.put("status", "online");
        account.put("status_message", null);
        account.put("rosterversion", null);
        account.put("options", 1L << 1 | 1L << 3);
        account.put("avatar", null);
        account.put("keys", "{\"axolotl_reg_id\":\"1234567\",\"axolotl_cur_prekey_id\":\"100\"}");
        account.put("hostname", "");
        account.put("resource", "Conversations.AbCd");
        account.put("pinned_mechanism", "SCRAM-SHA-256-PLUS");
        account.put("pinned_channel_binding", "TLS_EXPORTER");
        account.put("fast_mechanism", null);
        account.put("fast_token", null);
        account.put("port", "5222");
        rows.add(new BackupRow("accounts", account));
        rows.add(conversation(MAMMA_UUID, "Mamma", "mamma@example.org", 0));
        rows.add(conversation(FAMILY_UUID, "Famiglia", "family@groups.example.org", 1));
        long newest = newestMessage.toEpochMilli();
        rows.add(message("5d3c1b2a-0f9e-4d8c-b7a6-958473625140", MAMMA_UUID, newest - 60_000, "mamma@example.org/phone",
                "Ciao Jess, sei arrivata?", 0));
        rows.add(message("6e4d2c3b-1a0f-4e9d-8c7b-a69584736251", MAMMA_UUID, newest, "mamma@example.org",
                "Sì, tutto bene!", 8));
        rows.add(message("7f5e3d4c-2b1a-4f0e-9d8c-b7a695847362", FAMILY_UUID, newest - 3_600_000,
                "family@groups.example.org/Luca", "Domenica pranzo da nonna", 0));
        rows.add(omemo("prekeys", Map.of("account", ACCOUNT_UUID, "id", "100", "key", "BASE64PREKEY==")));
        rows.add(omemo("signed_prekeys", Map.of("account", ACCOUNT_UUID, "id", "1", "key", "BASE64SIGNED==")));
        rows.add(omemo("sessions", Map.of("account", ACCOUNT_UUID, "name", "mamma@example.org", "device_id", "7654321",
                "key", "BASE64SESSION==")));
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("account", ACCOUNT_UUID);
        identity.put("name", "mamma@example.org");
        identity.put("ownkey", "0");
        identity.put("fingerprint", "05abcdef");
        identity.put("certificate", null);
        identity.put("trust", "TRUSTED");
        identity.put("active", "1");
        identity.put("last_activation", "1733300000000");
        identity.put("key", "BASE64IDENTITY==");
        rows.add(new BackupRow("identities", identity));
        return rows;
    }

    private static BackupRow conversation(String uuid, String name, String jid, int mode) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("uuid", uuid);
        values.put("name", name);
        values.put("contactUuid", null);
        values.put("accountUuid", ACCOUNT_UUID);
        values.put("contactJid", jid);
        values.put("created", "1700000000000");
        values.put("status", "0");
        values.put("mode", String.valueOf(mode));
        values.put("attributes", "{\"last_clear_history\":\"0\"}");
        return new BackupRow("conversations", values);
    }

    private static BackupRow message(String uuid, String conversation, long time, String counterpart, String body, int status) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("uuid", uuid);
        values.put("conversationUuid", conversation);
        values.put("timeSent", String.valueOf(time));
        values.put("counterpart", counterpart);
        values.put("trueCounterpart", null);
        values.put("body", body);
        values.put("encryption", "0");
        values.put("status", String.valueOf(status));
        values.put("type", "0");
        values.put("relativeFilePath", null);
        values.put("serverMsgId", "srv-" + uuid.substring(0, 8));
        values.put("axolotl_fingerprint", null);
        values.put("carbon", "0");
        values.put("edited", "[]");
        values.put("read", "1");
        values.put("oob", "0");
        values.put("errorMsg", null);
        values.put("readByMarkers", "[]");
        values.put("markable", "1");
        values.put("deleted", "0");
        values.put("bodyLanguage", null);
        values.put("occupantId", null);
        values.put("reactions", null);
        values.put("remoteMsgId", "r-" + uuid.substring(0, 8));
        return new BackupRow("messages", values);
    }

    private static BackupRow omemo(String table, Map<String, Object> values) {
        return new BackupRow(table, new java.util.TreeMap<>(values));
    }

    static byte[] bytes(int n, int seed) {
        byte[] bytes = new byte[n];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    /**
     * A backup decrypted the plain way, independently of the code under test: the whole file with
     * the JDK's AES-GCM, gunzipped, parsed as a JSON tree.
     */
    record Opened(BackupHeader header, JsonNode rows) {
    }

    static Opened open(Path file, String password) throws Exception {
        byte[] all = Files.readAllBytes(file);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
        BackupHeader header = BackupHeader.read(in);
        int headerLength = all.length - in.available();
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(BackupKey.derive(password.toCharArray(), header.salt()), "AES"),
                new GCMParameterSpec(128, header.iv()));
        byte[] zipped = gcm.doFinal(all, headerLength, all.length - headerLength);
        try (GZIPInputStream json = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return new Opened(header, JSON.readTree(json));
        }
    }
}
