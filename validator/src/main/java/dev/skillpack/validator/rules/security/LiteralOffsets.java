package dev.skillpack.validator.rules.security;

import java.util.Arrays;
import java.util.List;

/**
 * Every offset at which each of some ASCII literals starts in a text, all found in one pass. A table of the
 * literals' first two characters rules out almost every offset with one look-up, so a long file is read once for
 * fifty literals, instead of once per literal ({@code indexOf}) or with a comparison per literal at each offset.
 * A literal may ignore ASCII case, as a pattern's {@code (?i)} without {@code UNICODE_CASE} does: only A–Z and
 * a–z fold. Immutable and thread-safe.
 */
final class LiteralOffsets {
    /**
     * A literal to look for.
     *
     * @param text two or more ASCII characters; in lower case when {@code ignoreCase}
     * @param ignoreCase whether the text's ASCII letters match in either case
     */
    record Literal(String text, boolean ignoreCase) {
        Literal {
            if (text.length() < 2 || !text.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("a literal is two or more ASCII characters: '" + text + "'");
            }
            if (ignoreCase && text.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
                throw new IllegalArgumentException("a literal that ignores case is in lower case: '" + text + "'");
            }
        }

        /**
         * @param text two or more ASCII characters
         * @return the literal, compared exactly
         */
        static Literal exact(String text) {
            return new Literal(text, false);
        }

        /**
         * @param text two or more ASCII characters in lower case
         * @return the literal, its letters matching in either case
         */
        static Literal anyCase(String text) {
            return new Literal(text, true);
        }
    }

    /** Characters copied from the text at a time. */
    private static final int WINDOW = 8192;
    /** The most literals one scan holds: one bit each in {@link #pairs}. */
    static final int MAX_LITERALS = 64;

    private final Literal[] literals;
    /** For each pair of ASCII characters (first * 128 + second), a bit per literal that starts with them. */
    private final long[] pairs = new long[128 * 128];

    private LiteralOffsets(List<Literal> literals) {
        if (literals.size() > MAX_LITERALS) {
            throw new IllegalArgumentException("at most " + MAX_LITERALS + " literals, not " + literals.size());
        }
        this.literals = literals.toArray(Literal[]::new);
        for (int k = 0; k < this.literals.length; k++) {
            Literal literal = this.literals[k];
            char first = literal.text().charAt(0);
            char second = literal.text().charAt(1);
            for (char a : literal.ignoreCase() ? cases(first) : new char[] {first}) {
                for (char b : literal.ignoreCase() ? cases(second) : new char[] {second}) {
                    pairs[a << 7 | b] |= 1L << k;
                }
            }
        }
    }

    /**
     * @param literals at most {@value #MAX_LITERALS} literals
     * @return a scan for them
     */
    static LiteralOffsets of(List<Literal> literals) {
        return new LiteralOffsets(List.copyOf(literals));
    }

    /** @return how many literals the scan looks for */
    int size() {
        return literals.length;
    }

    /**
     * @param text any text
     * @return for each literal, in the order given, the offsets where it starts in ascending order (overlapping
     *         occurrences included); an empty array where it does not occur
     */
    int[][] in(String text) {
        int[][] found = new int[literals.length][];
        int[] counts = new int[literals.length];
        int n = text.length();
        char[] window = new char[Math.min(n, WINDOW)];
        // the character before the one looked at; 128 (no ASCII pair) before the text starts
        int previous = 128;
        for (int windowStart = 0; windowStart < n; windowStart += WINDOW) {
            int length = Math.min(n - windowStart, WINDOW);
            text.getChars(windowStart, windowStart + length, window, 0);
            for (int j = 0; j < length; j++) {
                int c = window[j];
                // both characters ASCII exactly when their bits above the seventh are all clear
                if ((previous | c) < 128) {
                    long starting = pairs[previous << 7 | c];
                    if (starting != 0) {
                        record(text, windowStart + j - 1, starting, found, counts);
                    }
                }
                previous = c;
            }
        }
        for (int k = 0; k < found.length; k++) {
            found[k] = found[k] == null ? new int[0] : Arrays.copyOf(found[k], counts[k]);
        }
        return found;
    }

    /** Records the literals among {@code candidates} (bits) that start at {@code at}, whose two first characters match. */
    private void record(String text, int at, long candidates, int[][] found, int[] counts) {
        for (long bits = candidates; bits != 0; bits &= bits - 1) {
            int k = Long.numberOfTrailingZeros(bits);
            if (matchesFrom(text, at, literals[k])) {
                int[] offsets = found[k];
                if (offsets == null) {
                    offsets = found[k] = new int[8];
                } else if (counts[k] == offsets.length) {
                    offsets = found[k] = Arrays.copyOf(offsets, offsets.length * 2);
                }
                offsets[counts[k]++] = at;
            }
        }
    }

    /** Whether the literal, whose first two characters are known to match, starts at {@code at}. */
    private static boolean matchesFrom(String text, int at, Literal literal) {
        String word = literal.text();
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 2; i < word.length(); i++) {
            char c = text.charAt(at + i);
            if (literal.ignoreCase() && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII letter in both cases, any other character as itself. */
    private static char[] cases(char c) {
        if (c >= 'a' && c <= 'z') {
            return new char[] {c, (char) (c - ('a' - 'A'))};
        }
        return new char[] {c};
    }

    /**
     * @param offsets ascending offsets
     * @return them merged into one ascending array without repeats
     */
    static int[] merged(int[]... offsets) {
        int total = 0;
        for (int[] some : offsets) {
            total += some.length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] some : offsets) {
            for (int offset : some) {
                all[at++] = offset;
            }
        }
        if (offsets.length > 1) {
            Arrays.sort(all);
        }
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (distinct == 0 || all[i] != all[distinct - 1]) {
                all[distinct++] = all[i];
            }
        }
        return distinct == all.length ? all : Arrays.copyOf(all, distinct);
    }
}
