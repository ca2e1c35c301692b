package dev.skillpack.validator.rules.concise;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.prose.ProseDocument;
import dev.skillpack.validator.analysis.prose.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * SP309: SKILL.md gives more separate instructions than a model reliably keeps track of. Situational
 * instructions belong in references the agent reads when the situation arises.
 */
public final class DirectiveCountRule implements Rule {
    private static final OptionKey<Integer> MAX_DIRECTIVES = OptionKey.integer("max-directives", 120,
            "most instructions SKILL.md may give");
    private static final RuleMeta META = RuleMeta.of("SP309", "directive-count", Category.CONCISE, Severity.WARNING,
            "SKILL.md gives more instructions than a model reliably follows.",
            MAX_DIRECTIVES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int max = context.options().get(MAX_DIRECTIVES);
        ProseDocument doc = context.analysis().prose().get(0);
        List<Sentence> found = new ArrayList<>();
        for (Sentence sentence : doc.instructingSentences()) {
            if (doc.directive(sentence).isPresent()) {
                found.add(sentence);
            }
        }
        if (found.size() > max) {
            Sentence over = found.get(max);
            context.report(doc.span(over.start(), over.end() - over.start()),
                    "SKILL.md gives " + found.size() + " instructions (this is number " + (max + 1) + "); past "
                            + max + " a model starts to drop some, so move situational ones into references"
                            + " and say when to read them");
        }
    }
}
