package dev.skillpack.validator.rules.budget;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/** SKILL.md's body, which loads whole on activation, stays within a token budget. */
public final class BodyTokensRule implements Rule {
    private static final OptionKey<Integer> MAX_TOKENS = OptionKey.integer("max-tokens", 5000,
            "largest body, in tokens of the configured tokenizer");
    private static final RuleMeta META = RuleMeta.of("SP101", "body-tokens", Category.BUDGET, Severity.WARNING,
            "SKILL.md's body is over its token budget.",
            MAX_TOKENS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int max = context.options().get(MAX_TOKENS);
        int tokens = context.tokens().countIfOver(skill.body().body(), max);
        if (tokens > 0) {
            context.report(skill.skillFile().lines().span(skill.body().bodyOffset(), 0), String.format(
                    "%s body is %s tokens; the budget is %s — move detail into reference files and name each "
                            + "one in SKILL.md", skill.skillFile().relativePath(), TokenBudget.format(tokens),
                    TokenBudget.format(max)));
        }
    }
}
