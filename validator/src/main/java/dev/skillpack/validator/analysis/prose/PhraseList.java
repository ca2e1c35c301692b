package dev.skillpack.validator.analysis.prose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of phrases to find in prose, read from a resource file of ours and adjusted by a rule's
 * {@code extra-phrases} and {@code ignored-phrases} options.
 *
 * <p>Resource format: one entry per line; {@code #} starts a comment line. An entry is a regular
 * expression in which a space matches any run of whitespace, optionally followed by {@code  => note}
 * (a replacement, a hint, whatever the rule wants). Matching ignores case and requires word boundaries
 * at both ends. Phrases from options are literal text, not expressions.
 */
public final class PhraseList {
    private static final String BASE = "/dev/skillpack/validator/concise/";
    private static final String BEFORE = "(?<![\\p{L}\\p{N}_'’-])";
    private static final String AFTER = "(?![\\p{L}\\p{N}_'’]|-\\p{L})";

    /**
     * One phrase.
     *
     * @param source the entry as written (or the literal phrase from options)
     * @param pattern the compiled pattern, with word boundaries
     * @param note what follows {@code =>}, or ""
     */
    public record Entry(String source, Pattern pattern, String note) {
        /** Validates the fields. */
        public Entry {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Where an entry matched.
     *
     * @param entry the entry
     * @param start offset of the first character in the searched text
     * @param end offset after the last character
     * @param text the matched text
     */
    public record Match(Entry entry, int start, int end, String text) {
    }


    private final List<Entry> entries;
    private final List<List<String[]>> requiredWords;
    private final Set<String> ignored;

    private PhraseList(List<Entry> entries, Set<String> ignored) {
        this.entries = List.copyOf(entries);
        this.requiredWords = this.entries.stream().map(PhraseList::requiredWords).toList();
        this.ignored = Set.copyOf(ignored);
    }

    /**
     * Strings (lower-case) that every match of the entry contains: each element is a set of which at
     * least one must occur in the text, and all elements must hold, so text failing any of them cannot
     * match and the regular expression is skipped. Read off the expression conservatively: plain
     * ASCII letters and digits outside optional parts, and for a required group of alternatives the
     * best set of each alternative; empty when nothing can be read (then the expression always runs).
     */
    private static List<String[]> requiredWords(Entry entry) {
        String expression = entry.pattern().pattern();
        String inner = expression.substring(BEFORE.length() + 3, expression.length() - AFTER.length() - 1);
        Requirements parser = new Requirements(inner);
        List<Set<String>> all;
        try {
            all = parser.alternation();
            if (parser.at < inner.length()) {
                return List.of();
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return all.stream()
                .filter(words -> words.stream().allMatch(w -> w.length() >= 2))
                .sorted(Comparator.comparingInt(PhraseList::shortest).reversed()
                        .thenComparingInt(Set::size))
                .map(words -> words.toArray(String[]::new))
                .toList();
    }

    /** @return what every match of each entry must contain, for tests: one list of alternatives per condition */
    List<List<String>> requirements(int entry) {
        return requiredWords.get(entry).stream().map(List::of).toList();
    }

    private static int shortest(Set<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
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
                Set<String> best = alternative.stream()
                        .max(Comparator.comparingInt(PhraseList::shortest)
                                .thenComparingInt((Set<String> words) -> -words.size()))
                        .orElse(null);
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

    private static final Pattern BOUNDS = Pattern.compile("\\{(\\d+)(?:,\\d*)?\\}");

    /**
     * @param name file name under {@code dev/skillpack/validator/concise/}
     * @return the list
     */
    public static PhraseList load(String name) {
        return load(name, java.util.Map.of());
    }

    /**
     * @param name file name under {@code dev/skillpack/validator/concise/}
     * @param words words that stand for a sub-expression in the file, e.g. {@code MONTH}
     * @return the list, with every such word replaced by its expression
     */
    public static PhraseList load(String name, java.util.Map<String, String> words) {
        return new PhraseList(read(name).stream().map(line -> {
            String expanded = line;
            for (var word : words.entrySet()) {
                expanded = expanded.replace(word.getKey(), word.getValue());
            }
            Entry entry = entry(expanded);
            return new Entry(line.contains(" => ") ? line.substring(0, line.indexOf(" => ")).strip() : line,
                    entry.pattern(), entry.note());
        }).toList(), Set.of());
    }

    /**
     * @param name file name under {@code dev/skillpack/validator/concise/}
     * @return the non-comment, non-blank lines of the resource, stripped
     */
    public static List<String> read(String name) {
        try (InputStream in = PhraseList.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing phrase list " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(String line) {
        int arrow = line.indexOf(" => ");
        String expression = arrow < 0 ? line : line.substring(0, arrow).strip();
        String note = arrow < 0 ? "" : line.substring(arrow + 4).strip();
        return new Entry(expression, compile(expression.replace(" ", "\\s+")), note);
    }

    private static Pattern compile(String expression) {
        return Pattern.compile(BEFORE + "(?:" + expression + ")" + AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * @param text any text
     * @return lower-cased with whitespace runs collapsed, for comparing phrases
     */
    public static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    /**
     * @param extra literal phrases to add (from {@code extra-phrases}); each may carry {@code  => note}
     * @param ignore phrases to stop reporting (from {@code ignored-phrases}): an entry written exactly
     *               so is dropped, and so is any match whose text is exactly so
     * @return the adjusted list (this list when both are empty)
     */
    public PhraseList with(List<String> extra, List<String> ignore) {
        if (extra.isEmpty() && ignore.isEmpty()) {
            return this;
        }
        Set<String> drop = ignore.stream().map(PhraseList::normalise).collect(Collectors.toSet());
        List<Entry> kept = new ArrayList<>();
        for (Entry e : entries) {
            if (!drop.contains(normalise(e.source()))) {
                kept.add(e);
            }
        }
        for (String phrase : extra) {
            int arrow = phrase.indexOf(" => ");
            String literal = arrow < 0 ? phrase.strip() : phrase.substring(0, arrow).strip();
            String note = arrow < 0 ? "" : phrase.substring(arrow + 4).strip();
            if (literal.isEmpty()) {
                continue;
            }
            String expression = java.util.Arrays.stream(literal.split("\\s+")).map(Pattern::quote)
                    .collect(Collectors.joining("\\s+"));
            kept.add(new Entry(literal, compile(expression), note));
        }
        Set<String> allIgnored = new java.util.HashSet<>(ignored);
        allIgnored.addAll(drop);
        return new PhraseList(kept, allIgnored);
    }

    /** @return the entries */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * @param entry an entry's index
     * @param text any text
     * @return false when the prefilter rules out a match of that entry in the text
     */
    boolean mayMatch(int entry, String text) {
        return containsRequired(lower(text), requiredWords.get(entry));
    }

    private static String lower(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u017F') >= 0 || lower.indexOf('\u0131') >= 0) {
            // long s and dotless i match "s" and "i" when case is ignored but do not lower-case to them
            lower = lower.replace('\u017F', 's').replace('\u0131', 'i');
        }
        return lower;
    }

    private static boolean containsRequired(String lower, List<String[]> required) {
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
     * @param text text to search (masked prose)
     * @return matches that do not overlap, leftmost first; of overlapping ones the longest wins
     */
    public List<Match> find(String text) {
        List<Match> all = new ArrayList<>();
        String lower = lower(text);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!containsRequired(lower, requiredWords.get(i))) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && !ignored.contains(normalise(m.group()))) {
                    all.add(new Match(e, m.start(), m.end(), m.group()));
                }
            }
        }
        all.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        List<Match> result = new ArrayList<>();
        int covered = -1;
        for (Match m : all) {
            if (m.start() >= covered) {
                result.add(m);
                covered = m.end();
            }
        }
        return result;
    }
}
