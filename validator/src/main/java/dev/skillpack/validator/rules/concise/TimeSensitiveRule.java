package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.PhraseList;
import dev.skillpack.validator.analysis.prose.ProseBlock;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SP316: wording that goes stale ("as of 2024", "is currently the recommended", "the new API", "recently
 * added", a date in an instruction). The skill keeps being loaded long after the date has passed. Code,
 * examples, quotations, tables and sections about history (changelog, old patterns, deprecated,
 * migration) are not read.
 */
public final class TimeSensitiveRule implements Rule {
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final PhraseList PATTERNS = PhraseList.load("time-sensitive.txt", Map.of("MONTH", MONTH));
    private static final Pattern HISTORY = Pattern.compile(
            "(?i)\\b(?:old patterns?|legacy|deprecated|deprecations?|history|changelog|change log|release notes"
                    + "|what'?s new|migrat\\w*|previous versions?|version history|breaking changes|timeline)\\b");

    private static final OptionKey<List<String>> EXTRA_PHRASES = OptionKey.stringList("extra-phrases", List.of(),
            "more time-sensitive phrases to report (literal text)");
    private static final OptionKey<List<String>> IGNORED_PHRASES = OptionKey.stringList("ignored-phrases", List.of(),
            "built-in patterns not to report, as listed in the docs");
    private static final RuleMeta META = RuleMeta.of("SP316", "time-sensitive", Category.CONCISE, Severity.INFO,
            "Wording goes stale: \"as of 2024\", \"the new API\", \"recently added\", a date in an instruction.",
            EXTRA_PHRASES, IGNORED_PHRASES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Map<Heading, Boolean> headings = new java.util.IdentityHashMap<>();
        PhraseList patterns = PhraseOptions.apply(PATTERNS, context.options(), EXTRA_PHRASES, IGNORED_PHRASES);
        for (ProseDocument doc : context.analysis().prose()) {
            for (ProseBlock block : doc.blocks()) {
                if (block.illustrative() || block.kind() == ProseBlock.Kind.TABLE_CELL || historical(block, headings)) {
                    continue;
                }
                for (Sentence sentence : doc.sentences(block)) {
                    boolean directive = block.kind() == ProseBlock.Kind.PARAGRAPH
                            && doc.directive(sentence).isPresent();
                    for (PhraseList.Match match : patterns.find(sentence.unquoted(), doc.lowered(sentence))) {
                        if (match.entry().note().equals("directive") && !directive) {
                            continue;
                        }
                        String phrase = match.text().replaceAll("\\s+", " ");
                        context.report(doc.span(sentence.start() + match.start(), match.end() - match.start()),
                                "\"" + phrase + "\" will go stale while the skill is still in use; write what holds"
                                        + " without the time reference, and keep history under an"
                                        + " \"Old patterns\" heading");
                    }
                }
            }
        }
    }

    private static boolean historical(ProseBlock block, Map<Heading, Boolean> headings) {
        for (Heading heading : block.headings()) {
            // every block under a heading asks about it: match each heading once per run of the rule
            if (headings.computeIfAbsent(heading, h -> HISTORY.matcher(h.text()).find())) {
                return true;
            }
        }
        return block.kind() == ProseBlock.Kind.HEADING && HISTORY.matcher(block.text()).find();
    }
}
