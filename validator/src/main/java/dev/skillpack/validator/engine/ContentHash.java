package dev.skillpack.validator.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The hash a validated file is remembered by, to tell whether it changed before it is read again in the same
 * process: SipHash-2-4 (Aumasson and Bernstein, 2012) under a 128-bit key drawn at random once per process. Keyed
 * and secret, so nobody who changes a file between validation and packaging can make the changed file hash
 * alike; cheap, because the launcher runs the client compiler only, under which SHA-256 runs at about a tenth of
 * this speed. Hashes are not stable across processes: never persist them.
 */
final class ContentHash {
    private final long k0;
    private final long k1;

    /** The process's key, drawn when the first file is hashed. */
    private static final class Key {
        static final ContentHash INSTANCE = random();
    }

    ContentHash(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    /**
     * @param bytes a file's content
     * @return its hash under the process's key, as 16 hex digits
     */
    static String of(byte[] bytes) {
        return of(ByteBuffer.wrap(bytes));
    }

    /**
     * @param bytes a file's content, from its position to its limit (read, not moved)
     * @return its hash under the process's key, as 16 hex digits
     */
    static String of(ByteBuffer bytes) {
        return String.format("%016x", Key.INSTANCE.hash(bytes));
    }

    private static ContentHash random() {
        byte[] key = new byte[16];
        // /dev/urandom costs a read; SecureRandom's set-up costs a tenth of a second of start-up
        try (InputStream in = Files.newInputStream(Path.of("/dev/urandom"))) {
            if (in.readNBytes(key, 0, 16) != 16) {
                throw new IOException("short read");
            }
        } catch (IOException | RuntimeException e) {
            new SecureRandom().nextBytes(key);
        }
        ByteBuffer words = ByteBuffer.wrap(key);
        return new ContentHash(words.getLong(), words.getLong());
    }

    /**
     * @param m the message
     * @return SipHash-2-4 of it (64 bits; the key's and the message's bytes read little-endian)
     */
    long hash(byte[] m) {
        return hash(ByteBuffer.wrap(m));
    }

    /**
     * @param buffer the message, from its position to its limit (read, not moved)
     * @return SipHash-2-4 of it
     */
    long hash(ByteBuffer buffer) {
        ByteBuffer m = buffer.slice().order(ByteOrder.LITTLE_ENDIAN);
        int length = m.remaining();
        long[] v = {0x736f6d6570736575L ^ k0, 0x646f72616e646f6dL ^ k1, 0x6c7967656e657261L ^ k0,
                0x7465646279746573L ^ k1};
        int end = length - (length & 7);
        for (int i = 0; i < end; i += 8) {
            long word = m.getLong(i);
            v[3] ^= word;
            rounds(v, 2);
            v[0] ^= word;
        }
        long last = ((long) length) << 56;
        for (int i = end; i < length; i++) {
            last |= (m.get(i) & 0xFFL) << (8 * (i - end));
        }
        v[3] ^= last;
        rounds(v, 2);
        v[0] ^= last;
        v[2] ^= 0xff;
        rounds(v, 4);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static void rounds(long[] v, int n) {
        long v0 = v[0];
        long v1 = v[1];
        long v2 = v[2];
        long v3 = v[3];
        for (int r = 0; r < n; r++) {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v2 = Long.rotateLeft(v2, 32);
        }
        v[0] = v0;
        v[1] = v1;
        v[2] = v2;
        v[3] = v3;
    }
}
