package dev.skillpack.validator.analysis;

/**
 * Where a text's characters are other than printable ASCII, tab or line feed: control characters (carriage
 * return included), DEL and every {@code char} from U+0080 up, surrogates included. The character scans
 * (invisible, bidirectional, control and tag characters) look only at these, so the engine classifies a text once
 * for all of them instead of each walking every character. One bit per character: a long file costs an eighth of a
 * byte per character whatever it holds. Immutable and thread-safe.
 */
public final class UnusualCharacters {
    /** Characters copied from the text at a time. */
    private static final int WINDOW = 8192;

    private final long[] bits;
    private final int length;
    private final boolean unusual;

    private UnusualCharacters(long[] bits, int length, boolean unusual) {
        this.bits = bits;
        this.length = length;
        this.unusual = unusual;
    }

    /**
     * @param c a character
     * @return whether it is marked: not printable ASCII, not a tab, not a line feed
     */
    public static boolean marked(char c) {
        return c >= 0x7F || c < 0x20 && c != '\t' && c != '\n';
    }

    /**
     * @param text any text
     * @return where its marked characters are
     */
    public static UnusualCharacters of(String text) {
        int n = text.length();
        long[] bits = new long[(n + 63) >>> 6];
        boolean unusual = false;
        // read through a window of copied characters: under the quick JIT tier a call per character costs more than
        // the test itself
        char[] window = new char[Math.min(n, WINDOW)];
        for (int windowStart = 0; windowStart < n; windowStart += WINDOW) {
            int count = Math.min(n - windowStart, WINDOW);
            text.getChars(windowStart, windowStart + count, window, 0);
            for (int j = 0; j < count; j++) {
                char c = window[j];
                if (c >= 0x20 && c < 0x7F) {
                    continue;
                }
                if (c >= 0x7F || c != '\t' && c != '\n') {
                    int at = windowStart + j;
                    bits[at >>> 6] |= 1L << at;
                    unusual |= c != '\r';
                }
            }
        }
        return new UnusualCharacters(bits, n, unusual);
    }

    /**
     * @return whether the text holds a marked character other than a carriage return (what the character scans
     *         skip a file by: one of plain ASCII lines, whatever its line endings, holds nothing for them)
     */
    public boolean any() {
        return unusual;
    }

    /**
     * @param from an offset, 0 or more
     * @return the offset of the first marked character at or after {@code from}, or -1 when there is none
     */
    public int next(int from) {
        if (from >= length) {
            return -1;
        }
        int word = from >>> 6;
        long current = bits[word] & (-1L << from);
        while (current == 0) {
            if (++word == bits.length) {
                return -1;
            }
            current = bits[word];
        }
        return (word << 6) + Long.numberOfTrailingZeros(current);
    }
}
