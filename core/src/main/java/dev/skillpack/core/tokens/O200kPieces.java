package dev.skillpack.core.tokens;

/**
 * Walks a text's o200k_base pieces ({@link O200kSplitter}) through a window of copied characters, so the splitter
 * and the token table read a {@code char[]} instead of calling {@code String.charAt} per character, and a long
 * text never needs a second copy of its whole length.
 *
 * <p>A window ends only where a line break is followed by an ASCII letter or digit (or at the end of the text).
 * There the pieces of the window alone are the pieces of the whole text: no piece holds a line break followed by
 * a letter or digit (a word, number or contraction stops at the break, white space and a symbol run's trailing
 * breaks stop at the letter), and no piece that ends before the break reads past it. The splitter never looks
 * back, so the next window splits as the text does from there. When a window's span holds no such place it
 * grows until one is found, up to the rest of the text. O200kPiecesTest compares the walk with the splitter on
 * the whole text, with small windows.
 *
 * <p>Not thread-safe: one walk per count.
 */
final class O200kPieces {
    /** Characters copied at a time (at least; a window grows to reach a place where it may end). */
    static final int WINDOW = 16_384;

    private final String text;
    private final int window;
    /** The copied characters: {@code text[offset, offset + length)}. */
    private char[] chars;
    private int offset;
    private int length;
    private int start;
    private int end;

    /** @param text the text to walk */
    O200kPieces(String text) {
        this(text, WINDOW);
    }

    /**
     * @param text the text to walk
     * @param window characters copied at a time (tests use small windows)
     */
    O200kPieces(String text, int window) {
        this.text = text;
        this.window = window;
        this.chars = new char[Math.min(text.length(), window) + 1];
    }

    /** @return whether there is a next piece; it is then {@link #chars()}{@code [start(), end())} */
    boolean next() {
        if (end >= length) {
            int from = offset + length;
            if (from >= text.length()) {
                return false;
            }
            fill(from);
        }
        start = end;
        end = O200kSplitter.next(chars, length, start);
        return true;
    }

    /** @return the window the current piece lies in */
    char[] chars() {
        return chars;
    }

    /** @return where the current piece starts in {@link #chars()} */
    int start() {
        return start;
    }

    /** @return where the current piece ends in {@link #chars()} */
    int end() {
        return end;
    }

    private void fill(int from) {
        int n = text.length();
        int span = window;
        while (true) {
            if (n - from <= span) {
                copy(from, n);
                return;
            }
            // copy one character more than the span, to see what follows a line break at its end
            copy(from, from + span + 1);
            for (int i = span; i > 0; i--) {
                if (chars[i - 1] == '\n' && asciiLetterOrDigit(chars[i])) {
                    length = i;
                    return;
                }
            }
            span *= 2;
        }
    }

    private void copy(int from, int to) {
        if (chars.length < to - from) {
            chars = new char[to - from];
        }
        text.getChars(from, to, chars, 0);
        offset = from;
        length = to - from;
        start = 0;
        end = 0;
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
