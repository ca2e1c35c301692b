package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.Directives;
import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import dev.skillpack.validator.analysis.prose.Snippet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SP301: an instruction softened by a hedge ("try to", "if possible", "feel free to") or left to the
 * model's judgment by a vague condition ("as needed", "when appropriate").
 */
public final class WeakLanguageRule implements Rule {
    private static final PhraseList HEDGES = PhraseList.load("hedges.txt");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)(?:\\bnot|n't|n’t|\\bnever)\\s+$");
    private static final Pattern SPECIFIED_AFTER = Pattern.compile("(?i)^\\s*(?::|\\(e\\.g\\.|\\(for example|,? such as\\b)");

    private static final OptionKey<List<String>> EXTRA_PHRASES = OptionKey.stringList("extra-phrases", List.of(),
            "more hedges to report (literal text)");
    private static final OptionKey<List<String>> IGNORED_PHRASES = OptionKey.stringList("ignored-phrases", List.of(),
            "built-in hedges not to report, as listed in the docs");
    private static final OptionKey<Boolean> STRICT = OptionKey.bool("strict", false,
            "also report soft hedges (\"try to\", \"if possible\") and vague conditions (\"as needed\", \"when "
                + "relevant\")");
    private static final RuleMeta META = RuleMeta.of("SP301", "weak-language", Category.CONCISE, Severity.INFO,
            "An instruction is softened by a hedge such as \"you might want to\" or \"perhaps\".",
            EXTRA_PHRASES, IGNORED_PHRASES, STRICT);

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** "You might want to group …": the hedge itself hides the imperative that follows it. */
    private static boolean verbFollows(Directives directives, String after) {
        java.util.regex.Matcher m = WORD.matcher(after);
        return m.find() && after.substring(0, m.start()).isBlank()
                && directives.isVerb(m.group().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        PhraseList hedges = PhraseOptions.apply(HEDGES, context.options(), EXTRA_PHRASES, IGNORED_PHRASES);
        boolean strict = context.options().get(STRICT);
        Directives directives = Directives.defaults();
        for (ProseDocument doc : context.analysis().prose()) {
            String fileText = doc.document().file().text();
            for (Sentence sentence : doc.instructingSentences()) {
                String text = sentence.unquoted();
                List<PhraseList.Match> matches = hedges.find(text, doc.lowered(sentence));
                if (matches.isEmpty()) {
                    continue;
                }
                boolean directive = doc.directive(sentence).isPresent();
                for (PhraseList.Match match : matches) {
                    if (!directive && !verbFollows(directives, text.substring(match.end()))) {
                        continue;
                    }
                    String kind = match.entry().note();
                    if (!strict && (kind.equals("soft") || kind.equals("condition"))) {
                        continue;
                    }
                    String before = text.substring(0, match.start());
                    if (before.chars().filter(c -> c == '(').count() > before.chars().filter(c -> c == ')').count()
                            || NEGATED_BEFORE.matcher(before).find()
                            || SPECIFIED_AFTER.matcher(text.substring(match.end())).find()) {
                        continue;
                    }
                    String quoted = Snippet.of(fileText, sentence.start(), sentence.end());
                    String phrase = PhraseList.normalise(match.text());
                    String message = kind.equals("condition")
                            ? "\"" + phrase + "\" leaves the condition to the model in \"" + quoted
                                    + "\"; say exactly when (which input, size, error or request)"
                            : "\"" + phrase + "\" softens the instruction \"" + quoted
                                    + "\"; state it plainly, or name the case where it does not apply";
                    context.report(doc.span(sentence.start() + match.start(), match.end() - match.start()), message);
                }
            }
        }
    }
}
