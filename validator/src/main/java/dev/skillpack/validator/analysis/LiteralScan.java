package dev.skillpack.validator.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of several groups of ASCII literals occur in a text, found in one pass over it: at each offset
 * only the literals starting with that character are compared. It answers exactly what a
 * {@code text.contains(literal)} per literal would, without reading the text once per literal (a rule
 * prefiltering twenty token formats read a long file twenty times). Immutable and thread-safe.
 */
public final class LiteralScan {
    /** Characters copied from a text at a time. */
    private static final int WINDOW = 8192;
    /** For each ASCII character, the literals starting with it; null when none does. */
    private final String[][] literals = new String[128][];
    /** For each ASCII character, the group of each of its literals. */
    private final int[][] groupOf = new int[128][];
    private final int groups;

    private LiteralScan(List<List<String>> groups) {
        this.groups = groups.size();
        List<List<String>> byFirst = new ArrayList<>();
        List<List<Integer>> groupsByFirst = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            byFirst.add(new ArrayList<>());
            groupsByFirst.add(new ArrayList<>());
        }
        for (int g = 0; g < groups.size(); g++) {
            for (String literal : groups.get(g)) {
                if (literal.isEmpty() || !literal.chars().allMatch(ch -> ch < 128)) {
                    throw new IllegalArgumentException("literals are non-empty ASCII: '" + literal + "'");
                }
                byFirst.get(literal.charAt(0)).add(literal);
                groupsByFirst.get(literal.charAt(0)).add(g);
            }
        }
        for (int c = 0; c < 128; c++) {
            if (!byFirst.get(c).isEmpty()) {
                literals[c] = byFirst.get(c).toArray(String[]::new);
                groupOf[c] = groupsByFirst.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /**
     * @param groups groups of non-empty ASCII literals
     * @return a scan for them
     */
    public static LiteralScan of(List<List<String>> groups) {
        return new LiteralScan(groups);
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
            for (int k = 0; k < candidates.length; k++) {
                if (!found[owners[k]] && text.startsWith(candidates[k], i)) {
                    found[owners[k]] = true;
                    if (--left == 0) {
                        return found;
                    }
                }
            }
        }
        return found;
    }
}
