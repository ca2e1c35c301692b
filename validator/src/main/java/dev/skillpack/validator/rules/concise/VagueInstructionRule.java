package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.Concreteness;
import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import dev.skillpack.validator.analysis.prose.Snippet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SP318: an instruction whose object is generic ("review the code for security issues", "follow best
 * practices", "handle errors appropriately") with nothing concrete next to it: no code, value, name,
 * example or detailed list in the sentence, the rest of its list item, or its section. The seed
 * article found that such a step changed nothing in the generated code, while a short directive with an
 * example did.
 */
public final class VagueInstructionRule implements Rule {
    private static final PhraseList PHRASES = PhraseList.load("vague-instructions.txt");
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:not|never|without|instead of|rather than|than)|n't|n’t)\\s+(?:\\w+\\s+)?$");

    private static final OptionKey<List<String>> EXTRA_PHRASES = OptionKey.stringList("extra-phrases", List.of(),
            "more vague instructions to report (literal text; append \" => hint\" to show a concrete version)");
    private static final OptionKey<List<String>> IGNORED_PHRASES = OptionKey.stringList("ignored-phrases", List.of(),
            "built-in patterns not to report, as listed in the docs");
    private static final RuleMeta META = RuleMeta.of("SP318", "vague-instruction", Category.CONCISE,
            Severity.WARNING, "An instruction has a generic object and nothing concrete near it, such as"
                    + " \"review the code for security issues\".",
            EXTRA_PHRASES, IGNORED_PHRASES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        PhraseList phrases = PhraseOptions.apply(PHRASES, context.options(), EXTRA_PHRASES, IGNORED_PHRASES);
        for (ProseDocument doc : context.analysis().prose()) {
            String fileText = doc.document().file().text();
            Concreteness concreteness = new Concreteness(doc);
            for (Sentence sentence : doc.instructingSentences()) {
                List<PhraseList.Match> matches = phrases.find(sentence.unquoted(), doc.lowered(sentence));
                if (matches.isEmpty() || doc.directive(sentence).isEmpty() || concreteness.backed(sentence)) {
                    continue;
                }
                for (PhraseList.Match match : matches) {
                    if (NEGATED_BEFORE.matcher(sentence.unquoted().substring(0, match.start())).find()) {
                        continue;
                    }
                    String hint = match.entry().note().isEmpty()
                            ? "name the specific check, value or API, and show an example"
                            : match.entry().note();
                    context.report(doc.span(sentence.start() + match.start(), match.end() - match.start()),
                            "\"" + Snippet.of(fileText, sentence.start(), sentence.end())
                                    + "\" is too vague to change what the model does; " + hint);
                    break;
                }
            }
        }
    }
}
