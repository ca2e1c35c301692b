package dev.skillpack.validator.analysis.prose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every match of one phrase expression must contain, read off the expression once, so that the
 * expression runs only on text that holds it: most prose holds none of a list's words, and a
 * {@code contains} is far cheaper than a regular-expression search. Conservative: when the expression
 * cannot be read, nothing is required and the expression always runs. Immutable.
 */
public final class LiteralPrefilter {
    private static final Pattern BOUNDS = Pattern.compile("\\{(\\d+)(?:,\\d*)?\\}");

    /** Each element: strings of which at least one must occur; every element must hold. */
    private final List<String[]> required;
    /** For each string of {@link #required}, the index of each of its adjacent character pairs. */
    private final List<int[][]> pairs;

    private LiteralPrefilter(List<String[]> required) {
        this.required = required;
        // loops, not streams: every phrase entry is read once at start-up, where stream set-up dominated
        List<int[][]> all = new ArrayList<>(required.size());
        for (String[] words : required) {
            int[][] wordPairs = new int[words.length][];
            for (int w = 0; w < words.length; w++) {
                wordPairs[w] = pairsOf(words[w]);
            }
            all.add(wordPairs);
        }
        this.pairs = List.copyOf(all);
    }

    /** Characters copied from a text at a time. */
    private static final int WINDOW = 8192;
    /** Sets of required words, the more selective first: the longest shortest word, then the fewest words. */
    private static final java.util.Comparator<Set<String>> PREFERRED = (a, b) -> {
        int byShortest = Integer.compare(shortest(b), shortest(a));
        return byShortest != 0 ? byShortest : Integer.compare(a.size(), b.size());
    };

    /** Letters and digits, the only characters the required strings hold: 36 symbols, 1,296 pairs. */
    private static int symbol(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : -1;
    }

    private static int[] pairsOf(String word) {
        int[] result = new int[Math.max(0, word.length() - 1)];
        for (int i = 0; i + 1 < word.length(); i++) {
            int a = symbol(word.charAt(i));
            int b = symbol(word.charAt(i + 1));
            if (a < 0 || b < 0) {
                return new int[0]; // not a plain word: no pair test, contains alone decides
            }
            result[i] = a * 36 + b;
        }
        return result;
    }

    /**
     * A text lower-cased as {@link #lower(String)} does, with the set of adjacent letter-or-digit pairs it
     * holds: a string whose pairs are not all in the set cannot occur in it, which a few bit tests show
     * without a {@code contains}. Read once per text, then asked by every entry of a phrase list.
     *
     * @param lower the lower-cased text
     * @param present bit {@code 36 * a + b} set when the pair of symbols a, b occurs
     */
    public record Text(String lower, long[] present) {
        /**
         * @param text any text
         * @return it lower-cased, with its pairs
         */
        public static Text of(String text) {
            return ofLower(LiteralPrefilter.lower(text));
        }

        /**
         * @param lower a text already lower-cased by the caller, in whatever way its {@link #contains} asks need
         * @return it with its pairs (nothing is lower-cased again)
         */
        public static Text ofLower(String lower) {
            long[] present = new long[(36 * 36 + 63) / 64];
            int previous = -1;
            int n = lower.length();
            // read through a window of copied characters: charAt costs a call per character in the quick JIT tier
            char[] window = new char[Math.min(n, WINDOW)];
            for (int windowStart = 0; windowStart < n; windowStart += WINDOW) {
                int length = Math.min(n - windowStart, WINDOW);
                lower.getChars(windowStart, windowStart + length, window, 0);
                for (int j = 0; j < length; j++) {
                    int now = symbol(window[j]);
                    if (previous >= 0 && now >= 0) {
                        int pair = previous * 36 + now;
                        present[pair >>> 6] |= 1L << pair;
                    }
                    previous = now;
                }
            }
            return new Text(lower, present);
        }

        /**
         * @param word any string
         * @return {@code lower().contains(word)}, answered by the pair set alone when a pair of the word is missing
         */
        public boolean contains(String word) {
            return holds(pairsOf(word)) && lower.contains(word);
        }

        boolean holds(int[] wordPairs) {
            for (int pair : wordPairs) {
                if ((present[pair >>> 6] & 1L << pair) == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The resource with the prefilters of the built-in phrase lists, read off their expressions ahead of time. */
    static final String TABLE = "/dev/skillpack/validator/concise/prefilters.tsv";

    /** Read once, on first use. */
    private static final class Stored {
        static final Map<String, LiteralPrefilter> BY_EXPRESSION = read();

        private static Map<String, LiteralPrefilter> read() {
            Map<String, LiteralPrefilter> table = new HashMap<>();
            try (InputStream in = LiteralPrefilter.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + TABLE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] fields = line.split("\t", -1);
                    List<String[]> required = new ArrayList<>(fields.length - 1);
                    for (int i = 1; i < fields.length; i++) {
                        required.add(fields[i].split(" "));
                    }
                    table.put(fields[0], new LiteralPrefilter(List.copyOf(required)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return table;
        }
    }

    /**
     * What {@link #of} returns, taken from a table generated from the built-in phrase lists when the expression is
     * one of theirs: reading ~200 expressions at every start took a cold run of one small skill several per cent
     * of its instructions, most of them in compiling the reader. LiteralPrefilterTableTest regenerates the table
     * and compares it.
     *
     * @param inner a phrase expression, without the word boundaries {@link PhraseList} adds
     * @return the prefilter
     */
    public static LiteralPrefilter forExpression(String inner) {
        LiteralPrefilter stored = Stored.BY_EXPRESSION.get(inner);
        return stored != null ? stored : of(inner);
    }

    /**
     * @param inner a phrase expression
     * @return whether {@link #forExpression} takes it from the table
     */
    static boolean stored(String inner) {
        return Stored.BY_EXPRESSION.containsKey(inner);
    }

    /**
     * @param inner a phrase expression, without the word boundaries {@link PhraseList} adds
     * @return the strings (lower-case) that every match contains: each element is a set of which at
     * least one must occur in the text, and all elements must hold, so text failing any of them cannot
     * match and the regular expression is skipped. Read off the expression conservatively: plain
     * ASCII letters and digits outside optional parts, and for a required group of alternatives the
     * best set of each alternative; empty when nothing can be read (then the expression always runs).
     */
    public static LiteralPrefilter of(String inner) {
        Requirements parser = new Requirements(inner);
        List<Set<String>> all;
        try {
            all = parser.alternation();
            if (parser.at < inner.length()) {
                return new LiteralPrefilter(List.of());
            }
        } catch (RuntimeException e) {
            return new LiteralPrefilter(List.of());
        }
        List<Set<String>> kept = new ArrayList<>(all.size());
        for (Set<String> words : all) {
            boolean allLong = true;
            for (String w : words) {
                allLong &= w.length() >= 2;
            }
            if (allLong) {
                kept.add(words);
            }
        }
        // a stable sort, as before
        kept.sort(PREFERRED);
        List<String[]> required = new ArrayList<>(kept.size());
        for (Set<String> words : kept) {
            required.add(words.toArray(new String[0]));
        }
        return new LiteralPrefilter(List.copyOf(required));
    }

    /** @return what every match must contain, for tests: one list of alternatives per condition */
    List<List<String>> requirements() {
        return required.stream().map(List::of).toList();
    }

    /**
     * @param text a text read with {@link Text#of(String)}
     * @return false when no match can occur in the text; the same answer as {@link #mayMatch(String)}
     */
    public boolean mayMatch(Text text) {
        for (int r = 0; r < required.size(); r++) {
            String[] words = required.get(r);
            int[][] wordPairs = pairs.get(r);
            boolean any = false;
            for (int w = 0; w < words.length; w++) {
                if (text.holds(wordPairs[w]) && text.lower().contains(words[w])) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param lower text lower-cased with {@link #lower(String)}
     * @return false when no match can occur in the text
     */
    public boolean mayMatch(String lower) {
        for (String[] words : required) {
            boolean any = false;
            for (String word : words) {
                if (lower.contains(word)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param text any text
     * @return the text lower-cased the way a case-insensitive match sees it
     */
    public static String lower(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u017F') >= 0 || lower.indexOf('\u0131') >= 0) {
            // long s and dotless i match "s" and "i" when case is ignored but do not lower-case to them
            lower = lower.replace('\u017F', 's').replace('\u0131', 'i');
        }
        return lower;
    }


    private static int shortest(Set<String> words) {
        int shortest = Integer.MAX_VALUE;
        for (String w : words) {
            shortest = Math.min(shortest, w.length());
        }
        return words.isEmpty() ? 0 : shortest;
    }

    /** A small reader of our entries' regular expressions, collecting what every match must contain. */
    private static final class Requirements {
        private final String s;
        private int at;
        /** Whether the last atom read carried a quantifier. */
        private boolean quantified;

        Requirements(String s) {
            this.s = s;
        }

        List<Set<String>> alternation() {
            List<List<Set<String>>> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (at < s.length() && s.charAt(at) == '|') {
                at++;
                alternatives.add(sequence());
            }
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            Set<String> union = new java.util.LinkedHashSet<>();
            for (List<Set<String>> alternative : alternatives) {
                // the set with the longest shortest word, then the fewest words; of equals the first
                Set<String> best = null;
                for (Set<String> words : alternative) {
                    if (best == null || PREFERRED.compare(words, best) < 0) {
                        best = words;
                    }
                }
                if (best == null) {
                    return List.of();
                }
                union.addAll(best);
            }
            return List.of(union);
        }

        List<Set<String>> sequence() {
            List<Set<String>> required = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == '|' || c == ')') {
                    break;
                }
                if (c == '(') {
                    flush(run, required);
                    at++;
                    boolean lookaround = false;
                    if (s.startsWith("?=", at) || s.startsWith("?!", at)) {
                        at += 2;
                        lookaround = true;
                    } else if (s.startsWith("?<=", at) || s.startsWith("?<!", at)) {
                        at += 3;
                        lookaround = true;
                    } else if (s.startsWith("?", at)) {
                        at++;
                        while (at < s.length() && (Character.isLetter(s.charAt(at)) || s.charAt(at) == '-')) {
                            at++;
                        }
                        if (s.charAt(at) == ')') {
                            at++;
                            continue;
                        }
                        if (s.charAt(at) != ':') {
                            throw new IllegalArgumentException(s);
                        }
                        at++;
                    }
                    List<Set<String>> inner = alternation();
                    if (s.charAt(at) != ')') {
                        throw new IllegalArgumentException(s);
                    }
                    at++;
                    if (quantifier() >= 1 && !lookaround) {
                        required.addAll(inner);
                    }
                } else if (c == '[') {
                    flush(run, required);
                    skipClass();
                    quantifier();
                } else if (c == '\\') {
                    char next = s.charAt(at + 1);
                    if (next == 'Q') {
                        int end = s.indexOf("\\E", at + 2);
                        String literal = end < 0 ? s.substring(at + 2) : s.substring(at + 2, end);
                        at = end < 0 ? s.length() : end + 2;
                        quantified = false;
                        for (char ch : literal.toCharArray()) {
                            literal(ch, run, required, 1);
                        }
                        quantifier();
                        if (quantified) {
                            run.setLength(0);
                        }
                        flush(run, required);
                    } else {
                        flush(run, required);
                        at += 2;
                        if ((next == 'p' || next == 'P') && at < s.length() && s.charAt(at) == '{') {
                            at = s.indexOf('}', at) + 1;
                        }
                        quantifier();
                    }
                } else {
                    at++;
                    literal(c, run, required, quantifier());
                }
            }
            flush(run, required);
            return required;
        }

        /** Adds a literal character that must occur {@code min} times (and more when {@link #quantified}). */
        private void literal(char c, StringBuilder run, List<Set<String>> required, int min) {
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!plain || min < 1) {
                flush(run, required);
                return;
            }
            run.append(Character.toLowerCase(c));
            if (quantified) {
                flush(run, required);
            }
        }

        private static void flush(StringBuilder run, List<Set<String>> required) {
            if (run.length() > 0) {
                required.add(Set.of(run.toString()));
                run.setLength(0);
            }
        }

        private void skipClass() {
            at++;
            if (at < s.length() && s.charAt(at) == '^') {
                at++;
            }
            if (at < s.length() && s.charAt(at) == ']') {
                at++;
            }
            int depth = 1;
            while (depth > 0) {
                char c = s.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            }
        }

        /** Reads a quantifier after an atom, if any; @return the fewest repetitions it allows (1 when none). */
        private int quantifier() {
            quantified = false;
            if (at >= s.length()) {
                return 1;
            }
            char c = s.charAt(at);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                at++;
            } else if (c == '+') {
                min = 1;
                at++;
            } else if (c == '{') {
                Matcher m = BOUNDS.matcher(s).region(at, s.length());
                if (!m.lookingAt()) {
                    return 1;
                }
                min = Integer.parseInt(m.group(1));
                at = m.end();
            } else {
                return 1;
            }
            if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
                at++;
            }
            quantified = true;
            return min;
        }
    }

}
