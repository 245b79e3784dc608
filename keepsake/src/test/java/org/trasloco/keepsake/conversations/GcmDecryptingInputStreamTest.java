package org.trasloco.keepsake.conversations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming decryption gives exactly what the JDK's AES-GCM gives, and refuses what it refuses. */
class GcmDecryptingInputStreamTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15, 16, 17, 31, 8191, 8192, 8193, 100_003})
    void decryptsWhatTheJdkEncryptsAndRefusesAnyChange(int size) throws Exception {
        Random random = new Random(size);
        byte[] key = bytes(random, 16);
        byte[] iv = bytes(random, 12);
        byte[] plain = bytes(random, size);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = gcm.doFinal(plain);

        assertArrayEquals(plain, readAll(new GcmDecryptingInputStream(new TrickleStream(sealed), key, iv)));

        byte[] flipped = sealed.clone();
        flipped[random.nextInt(flipped.length)] ^= 0x01;
        assertThrows(GcmDecryptingInputStream.TagMismatchException.class,
                () -> readAll(new GcmDecryptingInputStream(new ByteArrayInputStream(flipped), key, iv)));
        byte[] wrongKey = key.clone();
        wrongKey[0] ^= 0x01;
        assertThrows(GcmDecryptingInputStream.TagMismatchException.class,
                () -> readAll(new GcmDecryptingInputStream(new ByteArrayInputStream(sealed), wrongKey, iv)));
        byte[] cut = Arrays.copyOf(sealed, sealed.length - 1);
        assertThrows(GcmDecryptingInputStream.TagMismatchException.class,
                () -> readAll(new GcmDecryptingInputStream(new ByteArrayInputStream(cut), key, iv)));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(Random random, int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Hands out its bytes a few at a time, as a slow disk or a pipe does. */
    private static final class TrickleStream extends ByteArrayInputStream {
        private final Random random = new Random(7);

        TrickleStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1 + random.nextInt(40)));
        }
    }
}
