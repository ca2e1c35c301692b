package dev.skillpack.core.tokens;

/**
 * o200k_base's pre-tokenizer ({@link TokenBound#O200K_PATTERN} with {@code UNICODE_CHARACTER_CLASS}) written out
 * by hand: the same pieces as the pattern's {@code find()} loop, without trying seven alternatives at every offset.
 * Each method below follows one alternative and its backtracking; O200kSplitterTest compares the two on every
 * real file and on random text over letters, marks, numbers, spaces and symbols of every kind. It reads a
 * {@code char[]} ({@link O200kPieces} copies the text into one window at a time): under the quick JIT tier the
 * launchers use, {@code String.charAt} costs a call and an index check per character, most on UTF-16 text.
 */
final class O200kSplitter {
    /** {@code [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]}: upper-case-like letters and marks. */
    private static final int UPPERISH = 1;
    /** {@code [\p{Ll}\p{Lm}\p{Lo}\p{M}]}: lower-case-like letters and marks. */
    private static final int LOWERISH = 2;
    /** {@code \p{L}}. */
    private static final int LETTER = 4;
    /** {@code \p{N}}. */
    private static final int NUMBER = 8;
    /** {@code \s} under {@code UNICODE_CHARACTER_CLASS}: the White_Space property. */
    private static final int SPACE = 16;
    private static final int[] ASCII = new int[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = classify(c);
        }
    }

    private O200kSplitter() {
    }

    /**
     * @param text the characters of a text
     * @param n where the text ends in {@code text}
     * @param at the offset where the previous piece ended (0 for the first)
     * @return the end of the piece starting at {@code at}; greater than {@code at} whenever {@code at} is
     *         inside the text
     */
    static int next(char[] text, int n, int at) {
        int c = codePointAt(text, n, at);
        int kind = kind(c);
        int width = Character.charCount(c);
        boolean prefix = c != '\r' && c != '\n' && (kind & (LETTER | NUMBER)) == 0;
        int end;
        // [^\r\n\p{L}\p{N}]?[U]*[L]+('s|…)?
        if (prefix && (end = lowerWord(text, n, at + width)) >= 0 || (end = lowerWord(text, n, at)) >= 0) {
            return end;
        }
        // [^\r\n\p{L}\p{N}]?[U]+[L]*('s|…)?
        if (prefix && (end = upperWord(text, n, at + width)) >= 0 || (end = upperWord(text, n, at)) >= 0) {
            return end;
        }
        // \p{N}{1,3}
        if ((kind & NUMBER) != 0) {
            end = at + width;
            for (int k = 1; k < 3 && end < n; k++) {
                int d = codePointAt(text, n, end);
                if ((kind(d) & NUMBER) == 0) {
                    break;
                }
                end += Character.charCount(d);
            }
            return end;
        }
        // " ?[^\s\p{L}\p{N}]+[\r\n/]*"
        if (c == ' ' && at + 1 < n && isSymbol(codePointAt(text, n, at + 1))) {
            return newlinesAndSlashes(text, n, symbols(text, n, at + 1));
        }
        if (isSymbol(c)) {
            return newlinesAndSlashes(text, n, symbols(text, n, at));
        }
        // only white space is left: \s*[\r\n]+ , \s+(?!\S) , \s+
        int spaceEnd = at;
        int lastNewline = -1;
        while (spaceEnd < n) {
            char s = text[spaceEnd];
            if ((kind(s) & SPACE) == 0) {
                break;
            }
            if (s == '\r' || s == '\n') {
                lastNewline = spaceEnd;
            }
            spaceEnd++;
        }
        if (lastNewline >= 0) {
            return lastNewline + 1;
        }
        if (spaceEnd == n || spaceEnd - at < 2) {
            return spaceEnd;
        }
        return spaceEnd - 1;
    }

    /** {@code [U]*[L]+('s|…)?} from {@code at}, or -1 when it does not match there. */
    private static int lowerWord(char[] text, int n, int at) {
        int end = at;
        int lastLower = -1;
        while (end < n) {
            int c = codePointAt(text, n, end);
            int kind = kind(c);
            if ((kind & UPPERISH) == 0) {
                if ((kind & LOWERISH) != 0) {
                    lastLower = end;
                }
                break;
            }
            if ((kind & LOWERISH) != 0) {
                lastLower = end;
            }
            end += Character.charCount(c);
        }
        if (lastLower < 0) {
            return -1;
        }
        return contraction(text, n, lowerRun(text, n, lastLower));
    }

    /** {@code [U]+[L]*('s|…)?} from {@code at}, or -1 when it does not match there. */
    private static int upperWord(char[] text, int n, int at) {
        int end = at;
        while (end < n) {
            int c = codePointAt(text, n, end);
            if ((kind(c) & UPPERISH) == 0) {
                break;
            }
            end += Character.charCount(c);
        }
        return end == at ? -1 : contraction(text, n, lowerRun(text, n, end));
    }

    private static int lowerRun(char[] text, int n, int at) {
        int end = at;
        while (end < n) {
            int c = codePointAt(text, n, end);
            if ((kind(c) & LOWERISH) == 0) {
                break;
            }
            end += Character.charCount(c);
        }
        return end;
    }

    /** {@code (?i:'s|'t|'re|'ve|'m|'ll|'d)?} at {@code at}, compared as the pattern does under Unicode case. */
    private static int contraction(char[] text, int n, int at) {
        if (at + 1 >= n || text[at] != '\'') {
            return at;
        }
        char a = fold(text[at + 1]);
        if (a == 's' || a == 't' || a == 'm' || a == 'd') {
            return at + 2;
        }
        if (at + 2 < n) {
            char b = fold(text[at + 2]);
            if (a == 'r' && b == 'e' || a == 'v' && b == 'e' || a == 'l' && b == 'l') {
                return at + 3;
            }
        }
        return at;
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static int symbols(char[] text, int n, int at) {
        int end = at;
        while (end < n) {
            int c = codePointAt(text, n, end);
            if (!isSymbol(c)) {
                break;
            }
            end += Character.charCount(c);
        }
        return end;
    }

    private static int newlinesAndSlashes(char[] text, int n, int at) {
        int end = at;
        while (end < n) {
            char c = text[end];
            if (c != '\r' && c != '\n' && c != '/') {
                break;
            }
            end++;
        }
        return end;
    }

    /** {@code [^\s\p{L}\p{N}]}. */
    private static boolean isSymbol(int c) {
        return (kind(c) & (SPACE | LETTER | NUMBER)) == 0;
    }

    private static int codePointAt(char[] text, int n, int at) {
        char c = text[at];
        if (Character.isHighSurrogate(c) && at + 1 < n) {
            char d = text[at + 1];
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    private static int kind(int c) {
        return c < 128 ? ASCII[c] : classify(c);
    }

    private static int classify(int c) {
        int kind = 0;
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.TITLECASE_LETTER -> kind = UPPERISH | LETTER;
            case Character.LOWERCASE_LETTER -> kind = LOWERISH | LETTER;
            case Character.MODIFIER_LETTER, Character.OTHER_LETTER -> kind = UPPERISH | LOWERISH | LETTER;
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK ->
                kind = UPPERISH | LOWERISH;
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> kind = NUMBER;
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> kind = SPACE;
            default -> kind = 0;
        }
        if (c >= 0x9 && c <= 0xd || c == 0x85) {
            kind |= SPACE;
        }
        return kind;
    }
}
