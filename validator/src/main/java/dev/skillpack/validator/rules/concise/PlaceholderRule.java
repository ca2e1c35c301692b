package dev.skillpack.validator.rules.concise;

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
import java.util.List;
import java.util.regex.Pattern;

/**
 * SP304: placeholder text left in the prose ("TODO", "[Insert API name]", "lorem ipsum", a paragraph
 * that is only "..."). Templates the skill hands to the agent are examples and are not read.
 */
public final class PlaceholderRule implements Rule {
    private static final PhraseList PATTERNS = PhraseList.load("placeholders.txt");
    private static final Pattern ELLIPSIS = Pattern.compile("^\\s*(?:\\.{3,}|…)\\s*$");

    private static final OptionKey<List<String>> EXTRA_PHRASES = OptionKey.stringList("extra-phrases", List.of(),
            "more placeholder text to report (literal text)");
    private static final OptionKey<List<String>> IGNORED_PHRASES = OptionKey.stringList("ignored-phrases", List.of(),
            "built-in patterns not to report, as listed in the docs");
    private static final RuleMeta META = RuleMeta.of("SP304", "placeholder", Category.CONCISE, Severity.WARNING,
            "Placeholder text such as \"TODO:\", \"[Insert …]\" or \"lorem ipsum\" is left in the skill.",
            EXTRA_PHRASES, IGNORED_PHRASES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        PhraseList patterns = PhraseOptions.apply(PATTERNS, context.options(), EXTRA_PHRASES, IGNORED_PHRASES);
        for (ProseDocument doc : context.analysis().prose()) {
            for (ProseBlock block : doc.blocks()) {
                if (block.illustrative()) {
                    continue;
                }
                if (block.kind() == ProseBlock.Kind.PARAGRAPH && ELLIPSIS.matcher(block.text()).matches()) {
                    int at = block.text().indexOf(block.text().strip());
                    context.report(doc.span(block.start() + at, block.text().strip().length()),
                            "a paragraph that is only \"" + block.text().strip()
                                    + "\" is a placeholder; write the missing text or remove it");
                    continue;
                }
                for (PhraseList.Match match : patterns.find(block.unquoted())) {
                    String where = block.kind() == ProseBlock.Kind.HEADING ? " in a heading" : "";
                    context.report(doc.span(block.start() + match.start(), match.end() - match.start()),
                            "placeholder \"" + match.text().replaceAll("\\s+", " ") + "\" left" + where
                                    + "; write the real text or remove it");
                }
            }
        }
    }
}
