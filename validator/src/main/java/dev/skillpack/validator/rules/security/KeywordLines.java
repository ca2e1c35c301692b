package dev.skillpack.validator.rules.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text that contain one of some words, ignoring ASCII case: where a pattern whose matches
 * stay on one line can match at all. Searching those lines only finds the same matches as searching the
 * whole text, and costs one pass over the text instead of trying the pattern at every offset.
 */
final class KeywordLines {
    private KeywordLines() {
    }

    /** Characters copied from the text at a time. */
    private static final int WINDOW = 8192;

    /**
     * @param text a text
     * @param words words in ASCII lower case
     * @return {start, end} of each line (without its line feed) holding a word, in text order, each once
     */
    static List<int[]> of(String text, List<String> words) {
        // one pass, comparing in ASCII lower case as it goes: no lower-cased copy of a long text, no pass per word
        String[][] byFirst = new String[128][];
        for (String word : words) {
            int c = word.charAt(0);
            String[] known = byFirst[c];
            String[] more = known == null ? new String[1] : java.util.Arrays.copyOf(known, known.length + 1);
            more[more.length - 1] = word;
            byFirst[c] = more;
        }
        List<int[]> lines = new ArrayList<>();
        int n = text.length();
        char[] window = new char[Math.min(n, WINDOW)];
        int windowStart = 0;
        int windowEnd = 0;
        int lineStart = 0;
        boolean hit = false;
        for (int i = 0; i < n; i++) {
            if (i >= windowEnd) {
                windowStart = i;
                windowEnd = Math.min(n, i + WINDOW);
                text.getChars(windowStart, windowEnd, window, 0);
            }
            char c = window[i - windowStart];
            if (c == '\n') {
                if (hit) {
                    lines.add(new int[] {lineStart, i});
                }
                lineStart = i + 1;
                hit = false;
                continue;
            }
            if (hit || c >= 128) {
                continue;
            }
            String[] candidates = byFirst[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
            if (candidates != null) {
                for (String word : candidates) {
                    if (startsWithIgnoringAsciiCase(text, i, word)) {
                        hit = true;
                        break;
                    }
                }
            }
        }
        if (hit) {
            lines.add(new int[] {lineStart, n});
        }
        return lines;
    }

    /** Whether {@code word} (ASCII lower case) starts at {@code at}, comparing the text's ASCII letters in lower case. */
    private static boolean startsWithIgnoringAsciiCase(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(at + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
