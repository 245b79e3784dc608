package org.trasloco.keepsake.conversations;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts AES-GCM (96-bit IV, 128-bit tag at the end, no associated data) as a stream, in constant
 * memory. The JDK's GCM decryption holds back the whole ciphertext until the tag is checked, which
 * for a phone backup of many years means all of it in memory; this stream decrypts with AES-CTR from
 * the counter GCM uses (NIST SP 800-38D: the IV followed by 2) and computes the GHASH beside it, and
 * checks the tag when the input ends. Until then the plaintext is unauthenticated: a reader must not
 * act on it before {@link #read} has returned -1 (the backup writer keeps its output in a temporary
 * file until then). A wrong tag, a truncated input, or a wrong key ends in {@link TagMismatchException}.
 */
final class GcmDecryptingInputStream extends FilterInputStream {

    /** The input was altered, cut, or decrypted with the wrong key. */
    static final class TagMismatchException extends IOException {
        private static final long serialVersionUID = 1L;

        TagMismatchException(String message) {
            super(message);
        }
    }

    private static final int TAG = 16;
    private static final long R = 0xE100000000000000L;

    private final Cipher ctr;
    private final long hashKeyHigh;
    private final long hashKeyLow;
    private final byte[] tagMask;
    private final byte[] held = new byte[TAG];
    private int heldLength;
    private final byte[] block = new byte[16];
    private int blockLength;
    private long hashHigh;
    private long hashLow;
    private long ciphertextBytes;
    private boolean finished;
    private final byte[] in = new byte[8192 + TAG];

    GcmDecryptingInputStream(InputStream input, byte[] key, byte[] iv) throws IOException {
        super(input);
        if (iv.length != 12) {
            throw new IllegalArgumentException("a 96-bit IV is expected");
        }
        try {
            SecretKeySpec spec = new SecretKeySpec(key, "AES");
            Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
            ecb.init(Cipher.ENCRYPT_MODE, spec);
            byte[] h = ecb.doFinal(new byte[16]);
            hashKeyHigh = longAt(h, 0);
            hashKeyLow = longAt(h, 8);
            byte[] j0 = Arrays.copyOf(iv, 16);
            j0[15] = 1;
            tagMask = ecb.doFinal(j0);
            byte[] counter = Arrays.copyOf(iv, 16);
            counter[15] = 2;
            ctr = Cipher.getInstance("AES/CTR/NoPadding");
            ctr.init(Cipher.DECRYPT_MODE, spec, new IvParameterSpec(counter));
        } catch (GeneralSecurityException e) {
            throw new IOException("AES is not available", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] out, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            if (finished) {
                return -1;
            }
            int want = Math.min(length, in.length - TAG);
            System.arraycopy(held, 0, in, 0, heldLength);
            int got = super.in.read(in, heldLength, want);
            if (got < 0) {
                finish();
                return -1;
            }
            int available = heldLength + got;
            int release = Math.max(0, available - TAG);
            heldLength = available - release;
            System.arraycopy(in, release, held, 0, heldLength);
            if (release == 0) {
                continue;
            }
            hash(in, 0, release);
            byte[] plain = ctr.update(in, 0, release);
            System.arraycopy(plain, 0, out, offset, plain.length);
            return plain.length;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[4096];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public int available() {
        return 0;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void finish() throws IOException {
        finished = true;
        if (heldLength < TAG) {
            throw new TagMismatchException("the encrypted data ends before its tag");
        }
        if (blockLength > 0) {
            Arrays.fill(block, blockLength, 16, (byte) 0);
            absorb(block);
        }
        byte[] lengths = new byte[16];
        long bits = ciphertextBytes * 8;
        for (int i = 0; i < 8; i++) {
            lengths[15 - i] = (byte) (bits >>> (8 * i));
        }
        absorb(lengths);
        byte[] tag = new byte[16];
        putLong(tag, 0, hashHigh);
        putLong(tag, 8, hashLow);
        for (int i = 0; i < 16; i++) {
            tag[i] ^= tagMask[i];
        }
        if (!MessageDigest.isEqual(tag, held)) {
            throw new TagMismatchException("the encrypted data does not match its tag");
        }
    }

    private void hash(byte[] data, int offset, int length) {
        ciphertextBytes += length;
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int take = Math.min(16 - blockLength, end - i);
            System.arraycopy(data, i, block, blockLength, take);
            blockLength += take;
            i += take;
            if (blockLength == 16) {
                absorb(block);
                blockLength = 0;
            }
        }
    }

    /** Y = (Y xor X) · H in GF(2^128), bit-reflected as GCM defines it. */
    private void absorb(byte[] x) {
        long xHigh = hashHigh ^ longAt(x, 0);
        long xLow = hashLow ^ longAt(x, 8);
        long zHigh = 0;
        long zLow = 0;
        long vHigh = hashKeyHigh;
        long vLow = hashKeyLow;
        for (int i = 0; i < 128; i++) {
            long bit = i < 64 ? (xHigh >>> (63 - i)) & 1 : (xLow >>> (127 - i)) & 1;
            long mask = -bit;
            zHigh ^= vHigh & mask;
            zLow ^= vLow & mask;
            long carry = -(vLow & 1);
            vLow = (vLow >>> 1) | (vHigh << 63);
            vHigh = (vHigh >>> 1) ^ (R & carry);
        }
        hashHigh = zHigh;
        hashLow = zLow;
    }

    private static long longAt(byte[] bytes, int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[at + i] & 0xFF);
        }
        return value;
    }

    private static void putLong(byte[] bytes, int at, long value) {
        for (int i = 0; i < 8; i++) {
            bytes[at + 7 - i] = (byte) (value >>> (8 * i));
        }
    }
}
