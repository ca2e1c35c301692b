package dev.skillpack.validator.replay;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes values with their lengths, so no two different sequences of values give the same bytes. A plain
 * growing array, not a stream: a snapshot of a big pack writes a few hundred thousand numbers.
 */
class KeyWriter {
    private byte[] buffer;
    private int size;

    /** @param size the expected size in bytes */
    KeyWriter(int size) {
        buffer = new byte[Math.max(16, size)];
    }

    /** @param s a text, written as its UTF-8 length and bytes */
    void text(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        number(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, buffer, size, utf8.length);
        size += utf8.length;
    }

    /** @param n a number, written as 8 bytes, least significant first */
    void number(long n) {
        room(8);
        byte[] b = buffer;
        int at = size;
        for (int i = 0; i < 8; i++) {
            b[at + i] = (byte) (n >>> (8 * i));
        }
        size = at + 8;
    }

    /** @param other another writer, whose bytes are appended as they are (no length) */
    void append(KeyWriter other) {
        room(other.size);
        System.arraycopy(other.buffer, 0, buffer, size, other.size);
        size += other.size;
    }

    private void room(int more) {
        if (buffer.length - size < more) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    /** @return what was written */
    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }
}
