package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.ProseBlock;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import dev.skillpack.validator.analysis.prose.Similarity;
import dev.skillpack.validator.analysis.prose.Snippet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP305: the same instruction given twice in one file, word for word or nearly. The second copy costs
 * tokens and, once one copy is edited, the two disagree.
 */
public final class RepeatedDirectiveRule implements Rule {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’_-]*|\\uE000+|\\uE001+");
    /** A paragraph that is only a bold label ("**If using a file:**") starts a branch, like a heading. */
    private static final Pattern LABEL = Pattern.compile(
            "\\s*(?:\\*\\*|__)[^*_\\n]{1,100}(?:\\*\\*|__)\\s*:?\\s*(?:\\n[\\s\\S]*)?");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|avoid|no|don't|don’t|doesn't|cannot)\\b|n't");

    private static final OptionKey<Double> THRESHOLD = OptionKey.number("threshold", 0.85,
            "word-sequence similarity from which two instructions count as one");
    private static final OptionKey<Integer> MIN_WORDS = OptionKey.integer("min-words", 6,
            "ignore instructions shorter than this many words");
    private static final OptionKey<Integer> MIN_LINE_DISTANCE = OptionKey.integer("min-line-distance", 4,
            "ignore copies fewer than this many lines apart");
    private static final OptionKey<Integer> MAX_DIRECTIVES = OptionKey.integer("max-directives", 1500,
            "compare at most this many instructions per file");
    private static final OptionKey<Boolean> ACROSS_SECTIONS = OptionKey.bool("across-sections", false,
            "also compare instructions in different sections (parallel sections often repeat a step on purpose)");
    private static final RuleMeta META = RuleMeta.of("SP305", "repeated-directive", Category.CONCISE,
            Severity.WARNING, "The same instruction is given twice in one section of a file.",
            THRESHOLD, MIN_WORDS, MIN_LINE_DISTANCE, MAX_DIRECTIVES, ACROSS_SECTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    private record Item(Sentence sentence, List<String> words, List<String> shape, boolean negative, int line,
                        int region) {
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        double threshold = context.options().get(THRESHOLD);
        int minWords = context.options().get(MIN_WORDS);
        int minDistance = context.options().get(MIN_LINE_DISTANCE);
        int max = context.options().get(MAX_DIRECTIVES);
        boolean acrossSections = context.options().get(ACROSS_SECTIONS);
        for (ProseDocument doc : context.analysis().prose()) {
            String fileText = doc.document().file().text();
            List<Item> items = new ArrayList<>();
            int region = 0;
            int lastSection = 0;
            for (ProseBlock block : doc.paragraphs()) {
                if (block.section() != lastSection) {
                    lastSection = block.section();
                    region++;
                }
                if (LABEL.matcher(fileText.substring(block.start(), block.end())).matches()) {
                    region++;
                }
                if (block.illustrative()) {
                    continue;
                }
                for (Sentence sentence : doc.sentences(block)) {
                    if (items.size() >= max || doc.directive(sentence).isEmpty()) {
                        continue;
                    }
                    List<String> words = wordsWithCode(sentence, fileText);
                    if (words.size() < minWords) {
                        continue;
                    }
                    List<String> shape = shape(sentence, words);
                    items.add(new Item(sentence, words, shape, NEGATION.matcher(sentence.unquoted()).find(),
                            doc.span(sentence.start(), 0).lineIndex(), region));
                }
            }
            for (int j = 1; j < items.size(); j++) {
                Item later = items.get(j);
                for (int i = 0; i < j; i++) {
                    Item earlier = items.get(i);
                    if (later.line - earlier.line < minDistance || earlier.negative != later.negative
                            || !acrossSections && earlier.region != later.region) {
                        continue;
                    }
                    int a = earlier.words.size();
                    int b = later.words.size();
                    if (2.0 * Math.min(a, b) / (a + b) < threshold) {
                        continue;
                    }
                    boolean exact = earlier.words.equals(later.words);
                    if (!exact && earlier.shape.equals(later.shape)) {
                        continue;
                    }
                    double ratio = exact ? 1 : Similarity.ratio(earlier.words, later.words);
                    if (ratio < threshold) {
                        continue;
                    }
                    String quoted = Snippet.of(fileText, later.sentence.start(), later.sentence.end());
                    String message = exact
                            ? "\"" + quoted + "\" repeats the instruction on line " + (earlier.line + 1)
                                    + "; give it once"
                            : String.format(Locale.ROOT, "\"%s\" restates the instruction on line %d (%d %% the same);"
                                    + " give it once, in the place the agent needs it",
                                    quoted, earlier.line + 1, (int) Math.floor(ratio * 100));
                    context.report(doc.span(later.sentence.start(), later.sentence.end() - later.sentence.start()),
                            message);
                    break;
                }
            }
        }
    }

    /** The words with code, numbers and capitalised names each collapsed to one placeholder per run. */
    private static List<String> shape(Sentence sentence, List<String> words) {
        Matcher m = WORD.matcher(sentence.text());
        List<Boolean> capitalised = new ArrayList<>();
        while (m.find()) {
            capitalised.add(m.start() > 0 && Character.isUpperCase(m.group().charAt(0)));
        }
        List<String> shape = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean name = w.startsWith("`") || w.chars().anyMatch(Character::isDigit)
                    || i < capitalised.size() && capitalised.get(i);
            String token = name ? "#" : w;
            if (!(name && !shape.isEmpty() && shape.get(shape.size() - 1).equals("#"))) {
                shape.add(token);
            }
        }
        return shape;
    }

    private static List<String> wordsWithCode(Sentence sentence, String fileText) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence.text());
        while (m.find()) {
            char c = m.group().charAt(0);
            if (c == '\uE000') {
                words.add("`" + fileText.substring(sentence.start() + m.start(), sentence.start() + m.end())
                        .replace("`", "").strip().toLowerCase(Locale.ROOT));
            } else if (c == '\uE001') {
                words.add("\"");
            } else {
                words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
            }
        }
        return words;
    }
}
