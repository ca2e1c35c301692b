package dev.skillpack.validator.analysis.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a prose block into sentences. A sentence ends at {@code . ! ?} followed by space and a capital,
 * digit, code span or quotation; at a hard line break; and at a line that ends in {@code :}. Periods of
 * abbreviations such as "e.g." and "vs." do not end a sentence, and neither do periods inside code spans
 * or quotations (they are masked).
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "approx", "cf", "no", "fig", "mr",
            "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "co", "vol", "pp", "ca", "al", "esp", "min", "max",
            "incl", "resp", "viz", "ex", "eg", "ie", "a.k.a", "u.s", "e.t.c");

    private Sentences() {
    }

    /**
     * @param block a prose block
     * @param fileText the file's raw text, to find hard line breaks
     * @return the block's sentences in order, without surrounding whitespace; empty ones left out
     */
    public static List<Sentence> split(ProseBlock block, String fileText) {
        String t = block.unquoted();
        List<Sentence> result = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int boundary = -1;
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < t.length() && ")]\"'’”".indexOf(t.charAt(j)) >= 0) {
                    j++;
                }
                if (j == t.length()) {
                    boundary = j;
                } else if (Character.isWhitespace(t.charAt(j))) {
                    int k = j;
                    while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
                        k++;
                    }
                    if (k == t.length() || startsSentence(t.charAt(k)) && !(c == '.' && abbreviation(t, i))) {
                        boundary = j;
                    }
                }
            } else if (c == '\n') {
                int lineEnd = block.start() + i;
                boolean hardBreak = lineEnd >= 2 && (fileText.charAt(lineEnd - 1) == '\\'
                        || fileText.startsWith("  ", lineEnd - 2) || fileText.charAt(lineEnd - 1) == '\r'
                        && lineEnd >= 3 && fileText.startsWith("  ", lineEnd - 3));
                String before = t.substring(from, i).stripTrailing();
                if (hardBreak || before.endsWith(":")) {
                    boundary = i;
                }
            }
            if (boundary >= 0) {
                add(block, t, from, boundary, result);
                from = boundary;
            }
        }
        add(block, t, from, t.length(), result);
        return result;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == ProseDocument.CODE || c == ProseDocument.QUOTE
                || "([\"“‘'*_#".indexOf(c) >= 0 || Character.getType(c) == Character.OTHER_SYMBOL
                || Character.isSurrogate(c);
    }

    private static boolean abbreviation(String t, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '.')) {
            s--;
        }
        return ABBREVIATIONS.contains(t.substring(s, dot).toLowerCase(Locale.ROOT));
    }

    private static void add(ProseBlock block, String t, int from, int to, List<Sentence> result) {
        while (from < to && Character.isWhitespace(t.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
            to--;
        }
        boolean content = false;
        for (int i = from; i < to && !content; i++) {
            content = Character.isLetterOrDigit(t.charAt(i));
        }
        if (content) {
            result.add(new Sentence(block, block.start() + from, block.start() + to));
        }
    }
}
