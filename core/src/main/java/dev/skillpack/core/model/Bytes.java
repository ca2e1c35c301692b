package dev.skillpack.core.model;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable run of bytes with value equality: the content of a file as it was read.
 * Arrays go in and out as copies, so no caller can change what the model holds.
 */
public final class Bytes {
    private static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] bytes;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes any bytes
     * @return an immutable copy
     */
    public static Bytes of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /** @return no bytes */
    public static Bytes empty() {
        return EMPTY;
    }

    /** @return the number of bytes */
    public int length() {
        return bytes.length;
    }

    /**
     * @param index 0-based index
     * @return the byte at {@code index}
     */
    public byte at(int index) {
        return bytes[index];
    }

    /** @return a copy of the bytes */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes b && Arrays.equals(b.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** @return the length and the first few bytes in hex, for test failures and debugging */
    @Override
    public String toString() {
        int shown = Math.min(bytes.length, 16);
        return "Bytes[" + bytes.length + ": " + HexFormat.of().formatHex(bytes, 0, shown)
                + (shown < bytes.length ? "...]" : "]");
    }
}
