package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.analysis.AsciiCase;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text that contain one of some words, ignoring ASCII case: where a pattern whose matches
 * stay on one line can match at all. Searching those lines only finds the same matches as searching the
 * whole text, and costs a few {@code indexOf} passes instead of trying the pattern at every offset.
 */
final class KeywordLines {
    private KeywordLines() {
    }

    /**
     * @param text a text
     * @param words words in ASCII lower case
     * @return {start, end} of each line (without its line feed) holding a word, in text order, each once
     */
    static List<int[]> of(String text, List<String> words) {
        String lower = asciiLower(text);
        boolean[] hit = null;
        int lineCount = 0;
        for (String word : words) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (hit == null) {
                    hit = new boolean[text.length() + 1];
                }
                hit[text.lastIndexOf('\n', at) + 1] = true;
                lineCount++;
            }
        }
        if (hit == null) {
            return List.of();
        }
        List<int[]> lines = new ArrayList<>(Math.min(lineCount, 1024));
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (hit[start]) {
                lines.add(new int[] {start, end});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    /** Lower-cases ASCII letters only, so every offset stays where it was (unlike a locale's lower case). */
    static String asciiLower(String text) {
        return AsciiCase.lower(text);
    }
}
