package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Paragraph;
import dev.skillpack.core.model.ReferenceFile;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.Table;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.ProseScope;
import dev.skillpack.validator.analysis.prose.Similarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SP306: a paragraph, code block, table or run of them that appears twice in a skill: in SKILL.md and a
 * reference, in two references of one folder, or (code and tables) twice in one file. Copies are
 * compared after normalising case, markup and whitespace. Between SKILL.md and a reference, near copies
 * (shared word shingles) count too, so a copy that has drifted apart is reported; between references and
 * within a file only exact copies count, because near copies there are usually deliberate variants (one
 * reference per language, one command per case). The message gives the tokens paid twice.
 */
public final class DuplicatedContentRule implements Rule {
    /** What a word is; {@link #words} scans for exactly this (DuplicatedContentWordsTest compares them). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 3;

    private static final OptionKey<Double> THRESHOLD = OptionKey.number("threshold", 0.8,
            "shingle similarity (0 to 1) from which two blocks count as copies");
    private static final OptionKey<Integer> MIN_WORDS = OptionKey.integer("min-words", 12,
            "ignore blocks with fewer words");
    private static final OptionKey<Integer> MIN_TOKENS = OptionKey.integer("min-tokens", 50,
            "report only copies of at least this many tokens");
    private static final OptionKey<Boolean> COMPARE_REFERENCES = OptionKey.bool("compare-references", true,
            "also compare references in the same folder with each other, not only with SKILL.md");
    private static final OptionKey<Boolean> ACROSS_FOLDERS = OptionKey.bool("across-folders", false,
            "also compare references in different folders (per-language folders are usually alternatives)");
    private static final OptionKey<Boolean> SAME_FILE = OptionKey.bool("same-file", true,
            "also report code blocks and tables repeated within one file");
    private static final RuleMeta META = RuleMeta.of("SP306", "duplicated-content", Category.CONCISE,
            Severity.WARNING, "A paragraph, code block or section appears twice, so its tokens are paid twice.",
            THRESHOLD, MIN_WORDS, MIN_TOKENS, COMPARE_REFERENCES, ACROSS_FOLDERS, SAME_FILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** One comparable block of a file. */
    private record Unit(int index, Block block, List<String> words, Shingles shingles, boolean prose,
                        String kind) {
    }

    /**
     * A unit's word shingles, made on first use: only near-copy comparisons (SKILL.md against a reference)
     * and the similarity in a message read them, so most units never need theirs. One rule run reads them,
     * on one thread.
     */
    private static final class Shingles {
        private final List<String> words;
        private Set<String> set;

        Shingles(List<String> words) {
            this.words = words;
        }

        Set<String> get() {
            if (set == null) {
                set = Similarity.shingles(words, SHINGLE);
            }
            return set;
        }
    }

    /** One Markdown file of the skill. */
    private record Doc(String relativePath, MarkdownDocument document, List<Unit> units) {
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        double threshold = context.options().get(THRESHOLD);
        int minWords = context.options().get(MIN_WORDS);
        int minTokens = context.options().get(MIN_TOKENS);
        boolean compareReferences = context.options().get(COMPARE_REFERENCES);
        boolean acrossFolders = context.options().get(ACROSS_FOLDERS);
        boolean sameFile = context.options().get(SAME_FILE);
        List<Doc> docs = new ArrayList<>();
        docs.add(doc(skill.skillFile().relativePath(), skill.body()));
        for (ReferenceFile reference : skill.references()) {
            if (ProseScope.inScope(reference.relativePath())) {
                docs.add(doc(reference.relativePath(), reference.document()));
            }
        }
        Set<Block> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int b = 0; b < docs.size(); b++) {
            Doc later = docs.get(b);
            for (int a = 0; a <= b; a++) {
                Doc earlier = docs.get(a);
                if (a == b && !sameFile || a > 0 && a != b && (!compareReferences
                        || alternatives(earlier.relativePath, later.relativePath)
                        || !acrossFolders && !folder(earlier.relativePath).equals(folder(later.relativePath)))) {
                    continue;
                }
                boolean nearCopies = a == 0 && b > 0;
                for (Run run : runs(earlier, later, a == b, nearCopies ? threshold : 1.01, minWords)) {
                    if (run.laterUnits.stream().anyMatch(u -> reported.contains(u.block()))) {
                        continue;
                    }
                    report(run, earlier, later, minTokens, context, reported);
                }
            }
        }
    }

    /**
     * Two references are alternatives, of which the agent reads one, when they have the same name in
     * different folders ({@code python/streaming.md}, {@code go/streaming.md}) or names that differ only at
     * the start or the end ({@code python_mcp_server.md}, {@code node_mcp_server.md}; {@code lang-c.md},
     * {@code lang-go.md}).
     */
    static boolean alternatives(String a, String b) {
        String nameA = stem(a);
        String nameB = stem(b);
        if (nameA.equals(nameB)) {
            return true;
        }
        int prefix = 0;
        while (prefix < Math.min(nameA.length(), nameB.length()) && nameA.charAt(prefix) == nameB.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < Math.min(nameA.length(), nameB.length())
                && nameA.charAt(nameA.length() - 1 - suffix) == nameB.charAt(nameB.length() - 1 - suffix)) {
            suffix++;
        }
        return affix(nameA.substring(0, prefix), true) || affix(nameA.substring(nameA.length() - suffix), false);
    }

    /** @return whether a shared start or end of two names is a whole word part of at least 4 characters */
    private static boolean affix(String shared, boolean prefix) {
        String trimmed = prefix ? shared.substring(0, Math.max(0, Math.max(shared.lastIndexOf('-'),
                shared.lastIndexOf('_')) + 1)) : shared.substring(Math.max(0, indexOfSeparator(shared)));
        return trimmed.replaceAll("[-_]", "").length() >= 4 || prefix && trimmed.length() >= 4;
    }

    private static int indexOfSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '-' || s.charAt(i) == '_') {
                return i;
            }
        }
        return s.length();
    }

    private static String folder(String path) {
        return path.substring(0, Math.max(0, path.lastIndexOf('/')));
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Doc doc(String relativePath, MarkdownDocument document) {
        List<Unit> units = new ArrayList<>();
        for (Block block : document.blocks()) {
            String text;
            boolean prose;
            String kind;
            if (block instanceof Paragraph p) {
                text = p.text();
                prose = true;
                kind = "prose";
            } else if (block instanceof CodeExample c) {
                text = c.code();
                prose = false;
                kind = "code:" + c.language().orElse("");
            } else if (block instanceof Table t) {
                text = String.join(" ", t.rows().stream().flatMap(List::stream).toList());
                prose = false;
                kind = "table";
            } else {
                continue;
            }
            List<String> words = words(text.toLowerCase(Locale.ROOT));
            units.add(new Unit(units.size(), block, words, new Shingles(words), prose, kind));
        }
        return new Doc(relativePath, document, units);
    }

    /**
     * The words of a lower-cased text, exactly as {@code WORD} ({@code [\\p{L}\\p{N}_]+}) finds them: runs of
     * code points that are letters, numbers or underscores, scanned without a matcher.
     *
     * @param text a lower-cased text
     * @return its words, in order
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!wordCodePoint(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(cp);
                cp = i < n ? text.codePointAt(i) : -1;
            } while (cp >= 0 && wordCodePoint(cp));
            words.add(text.substring(start, i));
        }
        return words;
    }

    /** @return whether {@code [\\p{L}\\p{N}_]} matches the code point */
    private static boolean wordCodePoint(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Matching units, in order, that sit next to each other in both files. */
    private record Run(List<Unit> earlierUnits, List<Unit> laterUnits, boolean exact) {
    }

    private static List<Run> runs(Doc earlier, Doc later, boolean same, double threshold, int minWords) {
        List<Run> runs = new ArrayList<>();
        List<Unit> earlierUnits = new ArrayList<>();
        List<Unit> laterUnits = new ArrayList<>();
        boolean exact = true;
        int lastA = -10;
        int lastB = -10;
        for (Unit u : later.units) {
            if (u.words.size() < minWords || same && u.prose) {
                continue;
            }
            Unit match = null;
            boolean equal = false;
            for (Unit e : earlier.units) {
                if (same && e.index >= u.index || e.words.size() < minWords || !e.kind.equals(u.kind)) {
                    continue;
                }
                if (e.words.equals(u.words)) {
                    match = e;
                    equal = true;
                    break;
                }
                // a Jaccard index is at most 1, so above that only exact copies count (no shingles needed)
                if (match == null && threshold <= 1 && Similarity.atLeast(e.shingles.get(), u.shingles.get(),
                        threshold)) {
                    match = e;
                }
            }
            if (match == null) {
                continue;
            }
            boolean continues = !laterUnits.isEmpty() && u.index - lastB <= 2 && match.index > lastA
                    && match.index - lastA <= 2 && (!same || match.index < laterUnits.get(0).index);
            if (!continues && !laterUnits.isEmpty()) {
                runs.add(new Run(List.copyOf(earlierUnits), List.copyOf(laterUnits), exact));
                earlierUnits.clear();
                laterUnits.clear();
                exact = true;
            }
            earlierUnits.add(match);
            laterUnits.add(u);
            exact &= equal;
            lastA = match.index;
            lastB = u.index;
        }
        if (!laterUnits.isEmpty()) {
            runs.add(new Run(List.copyOf(earlierUnits), List.copyOf(laterUnits), exact));
        }
        return runs;
    }

    private static void report(Run run, Doc earlier, Doc later, int minTokens, RuleContext context, Set<Block> reported) {
        String text = later.document.file().text();
        SourceSpan first = run.laterUnits.get(0).block().span();
        SourceSpan last = run.laterUnits.get(run.laterUnits.size() - 1).block().span();
        String duplicate = text.substring(first.offset(), last.endOffset());
        // a token covers at least one UTF-8 byte, so a short duplicate is settled without tokenizing
        if (duplicate.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < minTokens) {
            return;
        }
        int tokens = context.tokens().count(duplicate);
        if (tokens < minTokens) {
            return;
        }
        SourceSpan otherFirst = run.earlierUnits.get(0).block().span();
        SourceSpan otherLast = run.earlierUnits.get(run.earlierUnits.size() - 1).block().span();
        String range = lines(otherFirst.line(), otherLast.endLine());
        String where = earlier == later ? (range.contains("-") ? "lines " : "line ") + range
                : earlier.relativePath + ":" + range;
        String loaded = earlier == later ? "" : " when both are loaded";
        String what = what(run.laterUnits, first, last);
        boolean plural = run.laterUnits.size() > 1;
        String message;
        if (run.exact) {
            message = what + (plural ? " repeat " : " repeats ") + where + ", so " + tokens
                    + " tokens are paid twice" + loaded + ";"
                    + " keep one copy and point to it";
        } else {
            Set<String> a = new HashSet<>();
            Set<String> b = new HashSet<>();
            run.earlierUnits.forEach(u -> a.addAll(u.shingles.get()));
            run.laterUnits.forEach(u -> b.addAll(u.shingles.get()));
            int percent = (int) Math.floor(Similarity.jaccard(a, b) * 100);
            message = what + (plural ? " are a near copy (" : " is a near copy (") + percent + " % the same) of "
                    + where + ": " + tokens
                    + " tokens are paid twice and the copies have drifted apart; keep one copy and point to it";
        }
        context.report(later.document.file().lines().span(first.offset(), last.endOffset() - first.offset()), message);
        run.laterUnits.forEach(u -> reported.add(u.block()));
    }

    private static String lines(int from, int to) {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }

    private static String what(List<Unit> units, SourceSpan first, SourceSpan last) {
        if (units.size() == 1) {
            Block block = units.get(0).block();
            return block instanceof CodeExample ? "this code block" : block instanceof Table ? "this table"
                    : "this paragraph";
        }
        return "lines " + lines(first.line(), last.endLine());
    }
}
