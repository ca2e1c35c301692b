package dev.skillpack.validator.rules.budget;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/** Each reference file, which an agent reads whole when sent to it, stays within a token budget. */
public final class ReferenceTokensRule implements Rule {
    private static final OptionKey<Integer> MAX_TOKENS = OptionKey.integer("max-tokens", 10000,
            "largest reference file, in tokens");
    private static final RuleMeta META = RuleMeta.of("SP104", "reference-tokens", Category.BUDGET, Severity.WARNING,
            "A reference file is over its token budget.",
            MAX_TOKENS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int max = context.options().get(MAX_TOKENS);
        for (Resource file : context.analysis().fileSets().references()) {
            int tokens = TokenBudget.countIfOver(file, max, context);
            if (tokens > 0) {
                context.report(SourceSpan.wholeFile(file.path()), String.format("%s is %s tokens; the budget for one "
                        + "reference is %s — split it into files by topic and name each one in SKILL.md with when "
                        + "to read it", file.relativePath(), TokenBudget.format(tokens), TokenBudget.format(max)));
            }
        }
    }
}
