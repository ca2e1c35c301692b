package dev.skillpack.validator.rules.security;

import dev.skillpack.validator.analysis.AsciiCase;
import java.util.ArrayList;
import java.util.BitSet;
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
        return of(text, asciiLower(text), words);
    }

    /**
     * @param text a text
     * @param lower {@link #asciiLower} of the text, when the caller already made it (a long file is then copied
     *              once for several searches)
     * @param words words in ASCII lower case
     * @return {start, end} of each line (without its line feed) holding a word, in text order, each once
     */
    static List<int[]> of(String text, String lower, List<String> words) {
        // the starts of the lines holding a word; a bit set, not an array as long as the text
        BitSet hit = null;
        int lineCount = 0;
        for (String word : words) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (hit == null) {
                    hit = new BitSet();
                }
                hit.set(text.lastIndexOf('\n', at) + 1);
                lineCount++;
            }
        }
        if (hit == null) {
            return List.of();
        }
        List<int[]> lines = new ArrayList<>(Math.min(lineCount, 1024));
        for (int start = hit.nextSetBit(0); start >= 0; start = hit.nextSetBit(start + 1)) {
            int nl = text.indexOf('\n', start);
            lines.add(new int[] {start, nl < 0 ? text.length() : nl});
        }
        return lines;
    }

    /** Lower-cases ASCII letters only, so every offset stays where it was (unlike a locale's lower case). */
    static String asciiLower(String text) {
        return AsciiCase.lower(text);
    }
}
