package org.trasloco.keepsake.conversations;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The backup's AES key: PBKDF2 with HMAC-SHA1, 1024 iterations, 128 bits, from the account's
 * password and the header's salt (as the app's {@code ExportBackupWorker.getKey}). The password is
 * the account's XMPP password: the app encrypts each account's backup with it.
 */
final class BackupKey {

    private static final int ITERATIONS = 1024;
    private static final int BITS = 128;

    private BackupKey() {
    }

    static byte[] derive(char[] password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA1 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
