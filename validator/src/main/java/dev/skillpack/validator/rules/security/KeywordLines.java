package dev.skillpack.validator.rules.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a text that hold an occurrence of some words: where a pattern whose matches stay on one line and
 * contain one of the words can match at all. Searching those lines only finds the same matches as searching the
 * whole text, without trying the pattern at every offset of a long file. The occurrences come from one
 * {@link LiteralOffsets} pass shared with the other literals a rule looks for.
 */
final class KeywordLines {
    private KeywordLines() {
    }

    /**
     * @param text a text
     * @param offsets ascending offsets in it (of the words)
     * @return {start, end} of each line (without its line feed) holding one of the offsets, in text order, each once
     */
    static List<int[]> around(String text, int[] offsets) {
        List<int[]> lines = new ArrayList<>();
        int lineEnd = -1;
        for (int at : offsets) {
            if (at <= lineEnd) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', at - 1) + 1;
            int feed = text.indexOf('\n', at);
            lineEnd = feed < 0 ? text.length() : feed;
            lines.add(new int[] {lineStart, lineEnd});
        }
        return lines;
    }
}
