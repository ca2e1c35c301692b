package dev.skillpack.core.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The ASCII tokens of a vocabulary (two bytes or more), as a hash set that answers "is this run of
 * characters exactly one token?" without creating strings. Built from a small resource derived from
 * the vocabulary, so asking never loads the vocabulary itself. Immutable and thread-safe.
 *
 * <p>Resource format (big-endian): the magic {@code SPTB}, format version 2, the number of tokens {@code n},
 * the number of hash slots {@code m} (a power of two), then {@code n + 1} token starts, {@code m} slots (the token
 * in each slot, or -1) and the tokens' bytes, one after the other. The slots are stored, not computed at load,
 * because hashing every token took a cold run of one small skill about 4 % of its time; {@link #encode}
 * writes the resource and TokenBoundTest checks that it matches the vocabulary.
 */
final class AsciiTokenTable {
    static final int MAGIC = 0x53505442; // "SPTB"
    static final int VERSION = 2;

    private final byte[] bytes;
    private final int[] starts;
    private final int[] slots;
    private final int mask;

    private AsciiTokenTable(byte[] bytes, int[] starts, int[] slots) {
        this.bytes = bytes;
        this.starts = starts;
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    /**
     * @param tokens the tokens, each ASCII
     * @return the resource's bytes for them (the format above)
     */
    static byte[] encode(List<byte[]> tokens) {
        int count = tokens.size();
        int[] starts = new int[count + 1];
        for (int i = 0; i < count; i++) {
            starts[i + 1] = starts[i] + tokens.get(i).length;
        }
        byte[] bytes = new byte[starts[count]];
        for (int i = 0; i < count; i++) {
            System.arraycopy(tokens.get(i), 0, bytes, starts[i], tokens.get(i).length);
        }
        int size = Integer.highestOneBit(Math.max(4, count) * 2) * 2;
        int[] slots = new int[size];
        Arrays.fill(slots, -1);
        for (int i = 0; i < count; i++) {
            int slot = hash(bytes, starts[i], starts[i + 1]) & (size - 1);
            while (slots[slot] >= 0) {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = i;
        }
        ByteBuffer out = ByteBuffer.allocate(16 + 4 * (count + 1) + 4 * size + bytes.length);
        out.putInt(MAGIC).putInt(VERSION).putInt(count).putInt(size);
        out.asIntBuffer().put(starts).put(slots);
        out.position(16 + 4 * (count + 1) + 4 * size);
        out.put(bytes);
        return out.array();
    }

    /**
     * @param resource the class-path resource
     * @return the table
     */
    static AsciiTokenTable load(String resource) {
        byte[] all;
        try (InputStream in = AsciiTokenTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            all = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer data = ByteBuffer.wrap(all);
        if (all.length < 16 || data.getInt() != MAGIC || data.getInt() != VERSION) {
            throw new IllegalStateException("not a token table: " + resource);
        }
        int count = data.getInt();
        int size = data.getInt();
        long header = 16 + 4L * (count + 1) + 4L * size;
        if (count < 0 || size < 4 || Integer.bitCount(size) != 1 || header > all.length) {
            throw new IllegalStateException("not a token table: " + resource);
        }
        int[] starts = new int[count + 1];
        int[] slots = new int[size];
        IntBuffer ints = data.asIntBuffer();
        ints.get(starts).get(slots);
        byte[] bytes = Arrays.copyOfRange(all, (int) header, all.length);
        if (starts[0] != 0 || starts[count] != bytes.length) {
            throw new IllegalStateException("not a token table: " + resource);
        }
        return new AsciiTokenTable(bytes, starts, slots);
    }

    /** @return how many tokens the table holds */
    int size() {
        return starts.length - 1;
    }

    /**
     * @param text the characters of a text
     * @param start first character
     * @param end one past the last character
     * @return whether {@code text[start, end)} is ASCII and exactly one token of the vocabulary
     */
    boolean isToken(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
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

    private boolean same(char[] text, int start, int from, int length) {
        for (int i = 0; i < length; i++) {
            if (text[start + i] != bytes[from + i]) {
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
