package dev.skillpack.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An immutable run of bytes with value equality: the content of a file as it was read.
 * Arrays go in and out as copies, so no caller can change what the model holds; a value read from a
 * stream owns the array it read into, and the text views decode from it without copying it.
 */
public final class Bytes {
    private static final Bytes EMPTY = new Bytes(new byte[0]);
    /** Bytes asked of a stream at a time: a large read into a heap array costs a native buffer of its size. */
    private static final int READ_CHUNK = 1 << 16;
    private static final int SCRATCH_CHARS = 8192;
    /** ASCII runs at least this long become pieces of their own; shorter ones are decoded with their neighbours. */
    static final int LONG_ASCII_RUN = 256;

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

    /**
     * Reads a stream to its end, or to {@code maxLength} bytes, like {@link InputStream#readNBytes(int)}, into
     * one array sized for the length the caller expects: a file read whole is not first gathered in pieces.
     *
     * @param in the stream (not closed)
     * @param expectedLength how many bytes the stream probably holds (a listed file's size); any value works
     * @param maxLength the most bytes to read
     * @return what was read: {@code maxLength} bytes or fewer
     * @throws IOException when reading fails
     */
    public static Bytes read(InputStream in, long expectedLength, int maxLength) throws IOException {
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength " + maxLength);
        }
        byte[] buf = new byte[(int) Math.max(0, Math.min(expectedLength, maxLength))];
        int n = fill(in, buf, 0);
        if (n == buf.length && n < maxLength) {
            int next = in.read();
            if (next >= 0) {
                // longer than expected (it grew since it was listed): read the rest as readNBytes does
                byte[] rest = in.readNBytes(maxLength - n - 1);
                byte[] all = Arrays.copyOf(buf, n + 1 + rest.length);
                all[n] = (byte) next;
                System.arraycopy(rest, 0, all, n + 1, rest.length);
                return all.length == 0 ? EMPTY : new Bytes(all);
            }
        }
        if (n == 0) {
            return EMPTY;
        }
        return new Bytes(n == buf.length ? buf : Arrays.copyOf(buf, n));
    }

    private static int fill(InputStream in, byte[] buf, int from) throws IOException {
        int n = from;
        while (n < buf.length) {
            int got = in.read(buf, n, Math.min(buf.length - n, READ_CHUNK));
            if (got < 0) {
                break;
            }
            n += got;
        }
        return n;
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

    /**
     * @param from index of the first byte
     * @param to index just after the last
     * @return those bytes decoded as UTF-8, each malformed sequence replaced by U+FFFD (as {@code new String})
     */
    public String decodeUtf8(int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * Decodes well-formed UTF-8 into a text that is allocated once, at its final size. {@code new String(bytes,
     * UTF_8)} allocates five bytes per byte of a long text that is not all Latin-1 (a Latin-1 attempt, a UTF-16
     * buffer of twice the byte count, the trimmed copy). Here each long run of ASCII bytes (at least
     * {@value #LONG_ASCII_RUN}) is copied as one Latin-1 piece, and everything between two such runs is decoded
     * strictly in pieces of at most {@value #SCRATCH_CHARS} chars (a run of ASCII bytes never starts inside a
     * multi-byte sequence, so no cut splits one); then the pieces are joined once. Short ASCII runs stay inside
     * the decoded stretch, so a text that switches script every word still makes few pieces. Decoding and the
     * check for well-formed bytes are one pass.
     *
     * @param from index of the first byte
     * @param to index just after the last
     * @return those bytes decoded as UTF-8, the same text as {@link #decodeUtf8}; empty when they are not
     *     well-formed UTF-8 (where {@link #firstMalformedUtf8} finds a malformed byte before {@code to})
     */
    public Optional<String> decodeWellFormedUtf8(int from, int to) {
        List<String> pieces = new ArrayList<>();
        CharsetDecoder strict = null;
        CharBuffer out = null;
        int i = from;
        while (i < to) {
            int asciiEnd = asciiRunEnd(i, to);
            if (asciiEnd == to || asciiEnd - i >= LONG_ASCII_RUN) {
                if (asciiEnd > i) {
                    pieces.add(new String(bytes, i, asciiEnd - i, StandardCharsets.ISO_8859_1));
                }
                i = asciiEnd;
                continue;
            }
            int end = nextLongAsciiRun(asciiEnd, to);
            if (strict == null) {
                strict = strictUtf8();
                out = CharBuffer.allocate(SCRATCH_CHARS);
            }
            strict.reset();
            ByteBuffer in = ByteBuffer.wrap(bytes, i, end - i);
            CoderResult result;
            do {
                out.clear();
                result = strict.decode(in, out, true);
                if (result.isError()) {
                    return Optional.empty();
                }
                if (result.isUnderflow()) {
                    result = strict.flush(out);
                }
                out.flip();
                pieces.add(out.toString());
            } while (result.isOverflow());
            i = end;
        }
        return Optional.of(pieces.size() == 1 ? pieces.get(0) : String.join("", pieces));
    }

    /** @return the index of the first byte from {@code i} on that is not ASCII, or {@code to} */
    private int asciiRunEnd(int i, int to) {
        while (i < to && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    /**
     * @param i index of a byte that is not ASCII
     * @return where the next run of at least {@value #LONG_ASCII_RUN} ASCII bytes starts, or {@code to}
     */
    private int nextLongAsciiRun(int i, int to) {
        while (i < to) {
            while (i < to && bytes[i] < 0) {
                i++;
            }
            int runEnd = asciiRunEnd(i, to);
            if (runEnd - i >= LONG_ASCII_RUN) {
                return i;
            }
            i = runEnd;
        }
        return to;
    }

    /**
     * @param from index of the first byte to check
     * @return the index of the first byte from {@code from} on that does not start or continue well-formed UTF-8
     *     (where a strict decoder stops), or -1 when all of them are well-formed
     */
    public int firstMalformedUtf8(int from) {
        CharsetDecoder strict = strictUtf8();
        // the check decodes into a small scratch buffer, so a long file is not held twice
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer scratch = CharBuffer.allocate(Math.min(bytes.length - from + 1, SCRATCH_CHARS));
        CoderResult result;
        do {
            scratch.clear();
            result = strict.decode(in, scratch, true);
        } while (result.isOverflow());
        return result.isError() ? in.position() : -1;
    }

    /** @return a UTF-8 decoder that stops at the first malformed sequence instead of replacing it */
    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** @return a read-only view of the bytes (big-endian, like every new buffer), without copying them */
    public ByteBuffer asReadOnlyBuffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
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
