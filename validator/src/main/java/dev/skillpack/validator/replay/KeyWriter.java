package dev.skillpack.validator.replay;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes values with their lengths, so no two different sequences of values give the same bytes. */
class KeyWriter {
    private final ByteArrayOutputStream out;

    /** @param size the expected size in bytes */
    KeyWriter(int size) {
        out = new ByteArrayOutputStream(size);
    }

    /** @param s a text, written as its UTF-8 length and bytes */
    void text(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        number(utf8.length);
        out.write(utf8, 0, utf8.length);
    }

    /** @param n a number, written as 8 bytes, least significant first */
    void number(long n) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (n >>> (8 * i)));
        }
    }

    /** @param other another writer, whose bytes are appended as they are (no length) */
    void append(KeyWriter other) {
        byte[] bytes = other.out.toByteArray();
        out.write(bytes, 0, bytes.length);
    }

    /** @return what was written */
    byte[] toByteArray() {
        return out.toByteArray();
    }
}
