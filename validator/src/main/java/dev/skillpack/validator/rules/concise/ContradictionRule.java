package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.Directive;
import dev.skillpack.validator.analysis.prose.LiteralPrefilter;
import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import dev.skillpack.validator.analysis.prose.Snippet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP307: two unconditional instructions in one skill that cannot both be followed: "Commit `uv.lock`"
 * and "Never commit `uv.lock`", or a known pair such as "keep it short" and "explain in detail".
 * Instructions with a condition ("if", "when", "unless", "only", "instead") are left alone, because a
 * condition is what lets opposite rules live side by side.
 */
public final class ContradictionRule implements Rule {
    private static final Pattern CONDITION = Pattern.compile(
            "(?i)\\b(?:if|when|whenever|unless|except|only|before|after|until|while|instead|rather|otherwise"
                    + "|for|during|once|without|outside|inside|except)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’_-]*|\\uE000+|\\uE001+");
    private static final Set<String> STOP = Set.of("a", "an", "the", "this", "that", "these", "those", "your", "any",
            "all", "to", "with", "of", "it", "them", "and", "or", "be", "is", "are", "its", "their", "our", "my",
            "always", "never", "ever", "also", "just", "every", "each");
    private static final Map<String, String> GERUNDS = Map.of("using", "use", "calling", "call", "running", "run",
            "adding", "add", "installing", "install", "importing", "import", "committing", "commit");
    private static final List<Pair> PAIRS = PhraseList.read("contradictions.txt").stream().map(Pair::of).toList();

    private static final OptionKey<List<Pair>> EXTRA_PAIRS = OptionKey.stringList("extra-pairs", List.of(),
            "more contradicting pairs, each written \"one phrase <=> the other\" (literal text)")
            .map(pairs -> pairs.stream().map(Pair::literal).filter(java.util.Objects::nonNull).toList());
    private static final OptionKey<List<String>> IGNORED_PAIRS = OptionKey.stringList("ignored-pairs", List.of(),
            "built-in pairs not to check, written as in the list file") .map(pairs -> pairs.stream()
            .map(PhraseList::normalise).toList());
    private static final RuleMeta META = RuleMeta.of("SP307", "contradiction", Category.CONCISE, Severity.WARNING,
            "Two unconditional instructions in one skill contradict each other.",
            EXTRA_PAIRS, IGNORED_PAIRS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** One side of a pair: its pattern, and what every match of it contains (checked first, far cheaper). */
    private record Side(Pattern pattern, LiteralPrefilter prefilter) {
    }

    /** A known pair of contradicting instructions. */
    private record Pair(String source, Side one, Side other) {
        static Pair of(String line) {
            String[] parts = line.split("<=>");
            return new Pair(line, compile(parts[0].strip()), compile(parts[1].strip()));
        }

        static Pair literal(String line) {
            String[] parts = line.split("<=>");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                return null;
            }
            return new Pair(line, compile(quote(parts[0])), compile(quote(parts[1])));
        }

        private static String quote(String phrase) {
            return String.join(" ", java.util.Arrays.stream(phrase.strip().split("\\s+")).map(Pattern::quote).toList());
        }

        private static Side compile(String expression) {
            String inner = expression.replace(" ", "\\s+");
            return new Side(Pattern.compile("(?i)(?<![\\p{L}])(?:" + inner + ")(?![\\p{L}])"),
                    LiteralPrefilter.forExpression(inner));
        }
    }

    private record Found(ProseDocument doc, Sentence sentence, String relativePath) {
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Map<String, Found> positive = new HashMap<>();
        Map<String, Found> negative = new HashMap<>();
        List<Found> all = new ArrayList<>();
        List<ProseDocument> docs = context.analysis().prose();
        for (ProseDocument doc : docs) {
            String fileText = doc.document().file().text();
            String relative = relativePath(skill, doc);
            for (Sentence sentence : doc.instructingSentences()) {
                var read = doc.directive(sentence);
                if (read.isEmpty()) {
                    continue;
                }
                Found found = new Found(doc, sentence, relative);
                all.add(found);
                Directive directive = read.get();
                if (!directive.imperative() || directive.conditional()) {
                    continue;
                }
                String rest = directive.fromVerb();
                if (CONDITION.matcher(rest).find()) {
                    continue;
                }
                String key = key(directive, fileText);
                if (key == null) {
                    continue;
                }
                Map<String, Found> same = directive.negative() ? negative : positive;
                Map<String, Found> opposite = directive.negative() ? positive : negative;
                Found earlier = opposite.get(key);
                if (earlier != null) {
                    report(context, found, earlier);
                    opposite.remove(key);
                } else {
                    same.putIfAbsent(key, found);
                }
            }
        }
        List<String> ignored = context.options().get(IGNORED_PAIRS);
        List<Pair> pairs = new ArrayList<>();
        for (Pair pair : PAIRS) {
            if (!ignored.contains(PhraseList.normalise(pair.source()))) {
                pairs.add(pair);
            }
        }
        pairs.addAll(context.options().get(EXTRA_PAIRS));
        List<LiteralPrefilter.Text> lowers = all.stream().map(f -> f.doc().lowered(f.sentence())).toList();
        for (Pair pair : pairs) {
            Found one = first(all, lowers, pair.one());
            Found other = first(all, lowers, pair.other());
            if (one != null && other != null) {
                boolean oneFirst = order(docs, one) < order(docs, other);
                report(context, oneFirst ? other : one, oneFirst ? one : other);
            }
        }
    }

    private static long order(List<ProseDocument> docs, Found found) {
        return (long) docs.indexOf(found.doc()) << 32 | found.sentence().start();
    }

    private static Found first(List<Found> all, List<LiteralPrefilter.Text> lowers, Side side) {
        for (int i = 0; i < all.size(); i++) {
            if (!side.prefilter().mayMatch(lowers.get(i))) {
                continue;
            }
            Found found = all.get(i);
            String text = found.sentence().unquoted();
            Matcher m = side.pattern().matcher(text);
            if (m.find() && !CONDITION.matcher(text).find()) {
                return found;
            }
        }
        return null;
    }

    private static void report(RuleContext context, Found later, Found earlier) {
        String laterText = Snippet.of(later.doc().document().file().text(), later.sentence().start(),
                later.sentence().end());
        String earlierText = Snippet.of(earlier.doc().document().file().text(), earlier.sentence().start(),
                earlier.sentence().end());
        int line = earlier.doc().span(earlier.sentence().start(), 0).line();
        context.report(later.doc().span(later.sentence().start(), later.sentence().end() - later.sentence().start()),
                "\"" + laterText + "\" contradicts \"" + earlierText + "\" (" + earlier.relativePath() + ":" + line
                        + "); keep one, or add the condition that tells them apart");
    }

    /** The verb and its object: the first code span, else the first three content words after the verb. */
    private static String key(Directive directive, String fileText) {
        String rest = directive.fromVerb();
        Matcher m = WORD.matcher(rest);
        List<String> words = new ArrayList<>();
        String verb = null;
        while (m.find() && words.size() < 3) {
            String w = m.group();
            if (verb == null) {
                verb = w.toLowerCase(Locale.ROOT);
                if (verb.equals("avoid")) {
                    verb = m.find() ? GERUNDS.get(m.group().toLowerCase(Locale.ROOT)) : null;
                    if (verb == null) {
                        return null;
                    }
                }
                continue;
            }
            if (w.charAt(0) == '\uE000') {
                int start = directive.verbStart() + m.start();
                return verb + " `" + fileText.substring(start, directive.verbStart() + m.end()).replace("`", "").strip();
            }
            if (w.charAt(0) == '\uE001') {
                return null;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (!STOP.contains(lower)) {
                words.add(lower);
            }
        }
        return verb == null || words.isEmpty() ? null : verb + " " + String.join(" ", words);
    }

    private static String relativePath(Skill skill, ProseDocument doc) {
        if (doc.document() == skill.body()) {
            return skill.skillFile().relativePath();
        }
        return skill.references().stream().filter(r -> r.document() == doc.document())
                .map(dev.skillpack.core.model.ReferenceFile::relativePath).findFirst().orElse(doc.path());
    }
}
