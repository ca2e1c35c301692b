package dev.skillpack.validator.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of several groups of ASCII literals occur in a text, found in one pass over it: at each offset
 * only the literals starting with that character are compared. It answers exactly what a
 * {@code text.contains(literal)} per literal would, without reading the text once per literal (a rule
 * prefiltering twenty token formats read a long file twenty times). Immutable and thread-safe.
 *
 * <p>A scan made by {@link #bounded(List)} also knows word edges: a literal written {@code \bword\b} counts
 * only where the character before it (and after it) is not an ASCII letter, digit or underscore. Java's regex
 * {@code \b} treats every such character as a word character, so a pattern {@code \bword\b} cannot match
 * where the scan finds no bounded literal; the scan stays a sound prefilter while skipping "function" for
 * {@code \bnc\b} and "postgres" for {@code \bpost\b}.
 */
public final class LiteralScan {
    /** Characters copied from a text at a time. */
    private static final int WINDOW = 8192;
    /** For each ASCII character, the literals starting with it; null when none does. */
    private final String[][] literals = new String[128][];
    /** For each ASCII character, the group of each of its literals. */
    private final int[][] groupOf = new int[128][];
    /** For each ASCII character, whether each of its literals must start, or end, at a word edge. */
    private final boolean[][] startsWord = new boolean[128][];
    private final boolean[][] endsWord = new boolean[128][];
    private final int groups;

    private LiteralScan(List<List<String>> groups, boolean edges) {
        this.groups = groups.size();
        List<List<Literal>> byFirst = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            byFirst.add(new ArrayList<>());
        }
        for (int g = 0; g < groups.size(); g++) {
            for (String written : groups.get(g)) {
                Literal literal = Literal.of(written, g, edges);
                byFirst.get(literal.text.charAt(0)).add(literal);
            }
        }
        for (int c = 0; c < 128; c++) {
            List<Literal> first = byFirst.get(c);
            int size = first.size();
            if (size > 0) {
                literals[c] = new String[size];
                groupOf[c] = new int[size];
                startsWord[c] = new boolean[size];
                endsWord[c] = new boolean[size];
                for (int k = 0; k < size; k++) {
                    Literal literal = first.get(k);
                    literals[c][k] = literal.text;
                    groupOf[c][k] = literal.group;
                    startsWord[c][k] = literal.startsWord;
                    endsWord[c][k] = literal.endsWord;
                }
            }
        }
    }

    /** One literal as written, with its group and word edges read off (set-up only). */
    private static final class Literal {
        final String text;
        final int group;
        final boolean startsWord;
        final boolean endsWord;

        private Literal(String text, int group, boolean startsWord, boolean endsWord) {
            this.text = text;
            this.group = group;
            this.startsWord = startsWord;
            this.endsWord = endsWord;
        }

        static Literal of(String written, int group, boolean edges) {
            String text = written;
            boolean start = edges && text.startsWith("\\b");
            if (start) {
                text = text.substring(2);
            }
            boolean end = edges && text.endsWith("\\b");
            if (end) {
                text = text.substring(0, text.length() - 2);
            }
            if (text.isEmpty() || !text.chars().allMatch(ch -> ch < 128)) {
                throw new IllegalArgumentException("literals are non-empty ASCII: '" + written + "'");
            }
            return new Literal(text, group, start, end);
        }
    }

    /**
     * @param groups groups of non-empty ASCII literals
     * @return a scan for them
     */
    public static LiteralScan of(List<List<String>> groups) {
        return new LiteralScan(groups, false);
    }

    /**
     * @param groups groups of non-empty ASCII literals, each optionally written with a leading and/or trailing
     *        {@code \b}: it then counts only at a word edge, where the character before (after) it is not an
     *        ASCII letter, digit or underscore, or is outside the text
     * @return a scan for them
     */
    public static LiteralScan bounded(List<List<String>> groups) {
        return new LiteralScan(groups, true);
    }

    /**
     * @param text any text
     * @return for each group, in order, whether the text contains one of its literals
     */
    public boolean[] present(String text) {
        return found(text, groups);
    }

    /**
     * @param text any text
     * @return whether the text contains a literal of any group
     */
    public boolean any(String text) {
        for (boolean one : found(text, 1)) {
            if (one) {
                return true;
            }
        }
        return false;
    }

    /** For each group, whether the text contains one of its literals; the scan stops once {@code enough} are found. */
    private boolean[] found(String text, int enough) {
        boolean[] found = new boolean[groups];
        int left = enough;
        int n = text.length();
        // read through a window of copied characters: no call per character of a long text
        char[] window = new char[Math.min(n, WINDOW)];
        int windowStart = 0;
        int windowEnd = 0;
        for (int i = 0; i < n; i++) {
            if (i >= windowEnd) {
                windowStart = i;
                windowEnd = Math.min(n, i + WINDOW);
                text.getChars(windowStart, windowEnd, window, 0);
            }
            char c = window[i - windowStart];
            if (c >= 128) {
                continue;
            }
            String[] candidates = literals[c];
            if (candidates == null) {
                continue;
            }
            int[] owners = groupOf[c];
            boolean[] starts = startsWord[c];
            boolean[] ends = endsWord[c];
            for (int k = 0; k < candidates.length; k++) {
                if (!found[owners[k]] && text.startsWith(candidates[k], i)
                        && (!starts[k] || !wordAt(text, i - 1))
                        && (!ends[k] || !wordAt(text, i + candidates[k].length()))) {
                    found[owners[k]] = true;
                    if (--left == 0) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /** Whether the character at {@code at} is an ASCII word character; false outside the text. */
    private static boolean wordAt(String text, int at) {
        return at >= 0 && at < text.length() && asciiWord(text.charAt(at));
    }

    private static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
