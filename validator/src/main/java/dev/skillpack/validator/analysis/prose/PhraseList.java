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
     * One phrase. Its pattern is compiled on first use: most texts fail an entry's prefilter, so a run compiles
     * only the few entries some text may match (a cold run had compiled all ~180 at start-up).
     */
    public static final class Entry {
        private final String source;
        private final String regex;
        private final String note;
        /** Compiled on first use; a race compiles twice and keeps either, which match alike. */
        private volatile Pattern pattern;

        private Entry(String source, String regex, String note) {
            this.source = Objects.requireNonNull(source, "source");
            this.regex = Objects.requireNonNull(regex, "regex");
            this.note = Objects.requireNonNull(note, "note");
        }

        /** @return the entry as written (or the literal phrase from options) */
        public String source() {
            return source;
        }

        /** @return the compiled pattern, with word boundaries */
        public Pattern pattern() {
            Pattern compiled = pattern;
            if (compiled == null) {
                compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                pattern = compiled;
            }
            return compiled;
        }

        /** @return what follows {@code =>}, or "" */
        public String note() {
            return note;
        }

        /** @return whether the pattern has been compiled (for tests) */
        boolean compiled() {
            return pattern != null;
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
    private final List<LiteralPrefilter> prefilters;
    private final Set<String> ignored;

    private PhraseList(List<Entry> entries, Set<String> ignored) {
        this.entries = List.copyOf(entries);
        List<LiteralPrefilter> filters = new ArrayList<>(this.entries.size());
        for (Entry e : this.entries) {
            filters.add(LiteralPrefilter.forExpression(inner(e)));
        }
        this.prefilters = List.copyOf(filters);
        this.ignored = Set.copyOf(ignored);
    }

    /**
     * @param entry an entry
     * @return its expression as compiled, without the word boundaries and group this list adds
     */
    static String inner(Entry entry) {
        String expression = entry.regex;
        return expression.substring(BEFORE.length() + 3, expression.length() - AFTER.length() - 1);
    }

    /** @return what every match of each entry must contain, for tests: one list of alternatives per condition */
    List<List<String>> requirements(int entry) {
        return prefilters.get(entry).requirements();
    }



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
                    entry.regex, entry.note());
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
        return new Entry(expression, bounded(expression.replace(" ", "\\s+")), note);
    }

    private static String bounded(String expression) {
        return BEFORE + "(?:" + expression + ")" + AFTER;
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
            kept.add(new Entry(literal, bounded(expression), note));
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
        return prefilters.get(entry).mayMatch(LiteralPrefilter.lower(text));
    }

    /**
     * @param text text to search (masked prose)
     * @return matches that do not overlap, leftmost first; of overlapping ones the longest wins
     */
    public List<Match> find(String text) {
        return find(text, LiteralPrefilter.Text.of(text));
    }

    /**
     * @param text any text
     * @param lower the text as {@link LiteralPrefilter.Text#of} reads it (shared by the lists that search one text)
     * @return what {@link #find(String)} returns
     */
    public List<Match> find(String text, LiteralPrefilter.Text lower) {
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!prefilters.get(i).mayMatch(lower)) {
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
