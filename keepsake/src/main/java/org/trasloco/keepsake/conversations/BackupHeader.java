package org.trasloco.keepsake.conversations;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The unencrypted start of a Conversations backup ({@code .ceb}), as the app's
 * {@code utils/BackupFileHeader} writes it with {@link DataOutputStream}: the format version (int),
 * the app's name and the account's bare address (modified UTF-8 strings), the time it was made
 * (milliseconds, long), then a 12-byte IV and a 16-byte salt. Version 1 (Conversations up to
 * 2.12.8) was followed by gzip'd SQL statements; version 2 (Conversations after 2.12.8, its forks such
 * as Snikket) by a gzip'd JSON array of rows. Only version 2 is read and written here.
 *
 * @param version the format version
 * @param app the app that made it ("Conversations", "Snikket", …)
 * @param account the account's bare address as written
 * @param timestamp when it was made, in milliseconds since 1970
 * @param iv the AES-GCM IV, 12 bytes
 * @param salt the PBKDF2 salt, 16 bytes
 */
record BackupHeader(int version, String app, String account, long timestamp, byte[] iv, byte[] salt) {

    /** The format version of JSON backups. */
    static final int JSON_VERSION = 2;
    /** The format version of SQL backups. */
    static final int SQL_VERSION = 1;

    static BackupHeader read(DataInputStream in) throws IOException {
        int version = in.readInt();
        if (version != SQL_VERSION && version != JSON_VERSION) {
            // Not a backup at all, or a newer format: the strings that follow cannot be trusted.
            return new BackupHeader(version, null, null, 0, new byte[12], new byte[16]);
        }
        String app = in.readUTF();
        String account = in.readUTF();
        long timestamp = in.readLong();
        byte[] iv = new byte[12];
        in.readFully(iv);
        byte[] salt = new byte[16];
        in.readFully(salt);
        return new BackupHeader(version, app, account, timestamp, iv, salt);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(version);
        out.writeUTF(app);
        out.writeUTF(account);
        out.writeLong(timestamp);
        out.write(iv);
        out.write(salt);
    }
}
