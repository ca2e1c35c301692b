package dev.skillpack.core.tokens;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proven upper bound on a text's o200k_base token count that needs no vocabulary, so a budget
 * decision such as "under 1,000 tokens" is often settled without loading one (a second or more of a
 * short run).
 *
 * <p>Why it holds: the encoder first splits the text into pieces with the tokenizer's own pattern
 * ({@link #O200K_PATTERN}, the same expression and flags as jtokkit's) and encodes each piece on its
 * own. A piece that is itself a token of the vocabulary encodes as exactly one token; any other piece
 * encodes as at most one token per UTF-8 byte, since every byte is a token. So the sum over pieces of
 * "1 if the piece is a token, else its UTF-8 length" bounds the exact count from above. The bound knows
 * the vocabulary's ASCII tokens from a derived table ({@code o200k_base-ascii.bin}: the ASCII entries of the
 * o200k_base vocabulary jtokkit ships, which is OpenAI tiktoken's, MIT licence; TokenBoundTest checks and
 * regenerates it); on real skills it is
 * about 1.4 times the exact count (UTF-8 size alone is about 4 times).
 */
final class TokenBound {
    /** o200k_base's pre-tokenizer, alternative by alternative, as tiktoken and jtokkit define it. */
    static final String O200K_PATTERN = String.join("|",
            "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]*[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]+"
                    + "(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
            "[^\\r\\n\\p{L}\\p{N}]?[\\p{Lu}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}]+[\\p{Ll}\\p{Lm}\\p{Lo}\\p{M}]*"
                    + "(?i:'s|'t|'re|'ve|'m|'ll|'d)?",
            "\\p{N}{1,3}",
            " ?[^\\s\\p{L}\\p{N}]+[\\r\\n/]*",
            "\\s*[\\r\\n]+",
            "\\s+(?!\\S)",
            "\\s+");
    /** Characters copied at a time by {@link #utf8Length(String)}. */
    private static final int WINDOW = 8192;
    /** The resource with the ASCII tokens of o200k_base. */
    static final String O200K_TABLE = "o200k_base-ascii.bin";

    private static final class O200k {
        static final Pattern PIECES = Pattern.compile(O200K_PATTERN, Pattern.UNICODE_CHARACTER_CLASS);
        static final AsciiTokenTable TOKENS = AsciiTokenTable.load(O200K_TABLE);
    }

    private TokenBound() {
    }

    /**
     * @param text any text
     * @return a matcher that finds the text's o200k_base pieces, in order, with the pattern itself (the bound and
     *         the counter use {@link O200kSplitter}, which finds the same pieces faster; tests compare the two)
     */
    static Matcher o200kPieces(CharSequence text) {
        return O200k.PIECES.matcher(text);
    }

    /** @return the ASCII tokens of o200k_base */
    static AsciiTokenTable o200kAscii() {
        return O200k.TOKENS;
    }

    /**
     * @param text any text
     * @param stopAbove stop counting once the bound exceeds this (the answer is then some value above it)
     * @return an upper bound on the text's o200k_base token count, or a value above {@code stopAbove}
     */
    static long o200kUpper(String text, long stopAbove) {
        AsciiTokenTable tokens = o200kAscii();
        long bound = 0;
        O200kPieces pieces = new O200kPieces(text);
        while (pieces.next()) {
            char[] chars = pieces.chars();
            int start = pieces.start();
            int end = pieces.end();
            bound += end - start == 1 ? utf8Length(chars, start, end)
                    : tokens.isToken(chars, start, end) ? 1 : utf8Length(chars, start, end);
            if (bound > stopAbove) {
                return bound;
            }
        }
        return bound;
    }

    /**
     * @param text a text
     * @return its UTF-8 length, as {@link #utf8Length(char[], int, int)} counts it, read through a window of
     *         copied characters (a surrogate pair split by the window's edge is read whole)
     */
    static long utf8Length(String text) {
        int n = text.length();
        char[] window = new char[Math.min(n, WINDOW) + 1];
        long bytes = 0;
        for (int from = 0; from < n; ) {
            int to = Math.min(n, from + WINDOW);
            // a high surrogate at the window's edge takes its low half along
            int copied = to < n ? to + 1 : to;
            text.getChars(from, copied, window, 0);
            if (Character.isHighSurrogate(window[to - from - 1]) && copied > to
                    && Character.isLowSurrogate(window[to - from])) {
                to++;
            }
            bytes += utf8Length(window, 0, to - from);
            from = to;
        }
        return bytes;
    }

    /**
     * @param text the characters of a text
     * @param start first character
     * @param end one past the last character
     * @return the UTF-8 length of {@code text[start, end)}; a lone surrogate counts 3, at least what the
     *         encoder writes for it
     */
    static long utf8Length(char[] text, int start, int end) {
        long bytes = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
