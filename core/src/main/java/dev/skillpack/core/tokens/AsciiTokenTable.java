package dev.skillpack.core.tokens;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The ASCII tokens of a vocabulary (two bytes or more), as a hash set that answers "is this run of
 * characters exactly one token?" without creating strings. Built from a small resource derived from
 * the vocabulary, so asking never loads the vocabulary itself. Immutable and thread-safe.
 *
 * <p>Resource format: the magic {@code SPTB}, format version 1, the number of tokens, then each token as
 * an unsigned 16-bit length and its bytes.
 */
final class AsciiTokenTable {
    static final int MAGIC = 0x53505442; // "SPTB"
    static final int VERSION = 1;

    private final byte[] bytes;
    private final int[] starts;
    private final int[] slots;
    private final int mask;

    private AsciiTokenTable(byte[] bytes, int[] starts) {
        this.bytes = bytes;
        this.starts = starts;
        int size = Integer.highestOneBit(Math.max(4, starts.length - 1) * 2) * 2;
        this.slots = new int[size];
        this.mask = size - 1;
        Arrays.fill(slots, -1);
        for (int i = 0; i < starts.length - 1; i++) {
            int slot = hash(bytes, starts[i], starts[i + 1]) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i;
        }
    }

    /**
     * @param resource the class-path resource
     * @return the table
     */
    static AsciiTokenTable load(String resource) {
        try (InputStream in = AsciiTokenTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            DataInputStream data = new DataInputStream(in);
            if (data.readInt() != MAGIC || data.readInt() != VERSION) {
                throw new IllegalStateException("not a token table: " + resource);
            }
            int count = data.readInt();
            byte[] all = data.readAllBytes();
            byte[] bytes = new byte[all.length - 2 * count];
            int[] starts = new int[count + 1];
            int from = 0;
            int to = 0;
            for (int i = 0; i < count; i++) {
                int length = ((all[from] & 0xff) << 8) | (all[from + 1] & 0xff);
                from += 2;
                starts[i] = to;
                System.arraycopy(all, from, bytes, to, length);
                from += length;
                to += length;
            }
            starts[count] = to;
            return new AsciiTokenTable(bytes, starts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return how many tokens the table holds */
    int size() {
        return starts.length - 1;
    }

    /**
     * @param text a text
     * @param start first character
     * @param end one past the last character
     * @return whether {@code text[start, end)} is ASCII and exactly one token of the vocabulary
     */
    boolean isToken(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            h = 31 * h + c;
        }
        int length = end - start;
        for (int slot = mix(h) & mask; slots[slot] >= 0; slot = (slot + 1) & mask) {
            int token = slots[slot];
            int from = starts[token];
            if (starts[token + 1] - from == length && same(text, start, from, length)) {
                return true;
            }
        }
        return false;
    }

    private boolean same(String text, int start, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (text.charAt(start + i) != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return mix(h);
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
