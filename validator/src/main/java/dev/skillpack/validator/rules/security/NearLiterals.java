package dev.skillpack.validator.rules.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern that can only match near one of a few literals, by scanning only the
 * windows around those literals instead of trying the pattern at every position of the text. The
 * result equals a plain {@code while (matcher.find())} over the whole text, provided every match of
 * the pattern contains one of the literals and lies within {@code before} characters before it and
 * {@code after} characters after its start: each match then lies inside one merged window, and the
 * windows are scanned left to right with transparent bounds (look-behinds see the text outside).
 *
 * @param literals what every match contains, compared case-insensitively in ASCII when
 *                 {@code asciiIgnoreCase} (as the pattern's {@code (?i)} does), else exactly
 * @param before how far before a literal a match may start
 * @param after how far after a literal's start a match may end
 */
record NearLiterals(List<String> literals, boolean asciiIgnoreCase, int before, int after) {

    /**
     * @param pattern the pattern
     * @param text the text
     * @param each called with every match, in order
     */
    void forEach(Pattern pattern, String text, Consumer<MatchResult> each) {
        String haystack = asciiIgnoreCase ? asciiLower(text) : text;
        List<int[]> windows = windows(haystack);
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int[] w : windows) {
            int start = Math.max(w[0], from);
            if (start >= w[1]) {
                continue;
            }
            m.region(start, w[1]);
            while (m.find()) {
                each.accept(m.toMatchResult());
                from = m.end() == m.start() ? m.end() + 1 : m.end();
                if (from > w[1]) {
                    break;
                }
                m.region(from, w[1]);
            }
        }
    }

    private List<int[]> windows(String haystack) {
        List<Integer> hits = new ArrayList<>();
        for (String literal : literals) {
            String needle = asciiIgnoreCase ? asciiLower(literal) : literal;
            for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
                hits.add(i);
            }
        }
        hits.sort(null);
        List<int[]> windows = new ArrayList<>();
        for (int hit : hits) {
            int start = Math.max(0, hit - before);
            int end = (int) Math.min(haystack.length(), (long) hit + after);
            if (!windows.isEmpty() && start <= windows.get(windows.size() - 1)[1]) {
                windows.get(windows.size() - 1)[1] = Math.max(end, windows.get(windows.size() - 1)[1]);
            } else {
                windows.add(new int[] {start, end});
            }
        }
        return windows;
    }

    /** Lower-cases A–Z only, keeping every other character and the length, as {@code (?i)} compares. */
    static String asciiLower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }
}
