package dev.skillpack.validator.rules.budget;

import dev.skillpack.validator.analysis.SkillFileSets;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * A folder whose unreached text dwarfs SKILL.md and its references is a repository or a build output
 * with a SKILL.md dropped in, not a skill.
 */
public final class NotSkillShapedRule implements Rule {
    private static final OptionKey<Integer> MIN_TOKENS = OptionKey.integer("min-tokens", 25000,
            "other text below this many tokens never triggers the rule");
    private static final OptionKey<Integer> RATIO = OptionKey.integer("ratio", 10,
            "how many times larger than SKILL.md plus references the other text must be");
    private static final RuleMeta META = RuleMeta.of("SP107", "not-skill-shaped", Category.BUDGET, Severity.ERROR,
            "The folder holds far more unrelated text than skill.",
            MIN_TOKENS, RATIO);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int minTokens = context.options().get(MIN_TOKENS);
        int ratio = context.options().get(RATIO);
        SkillFileSets sets = context.analysis().fileSets();
        Optional<Map<Resource, Integer>> others = TokenBudget.countIfOver(sets.others(), minTokens, context);
        if (others.isEmpty()) {
            return;
        }
        long other = TokenBudget.total(others.get());
        if (other <= minTokens) {
            return;
        }
        long skillTokens = context.tokens().count(skill.body().body());
        for (Resource r : sets.references()) {
            skillTokens += TokenBudget.count(r, context);
        }
        if (other > (long) ratio * skillTokens) {
            context.report(SourceSpan.wholeFile(skill.skillFile().path()), String.format("this folder holds %s tokens "
                    + "of text that SKILL.md never leads to (largest: %s) and only %s in SKILL.md and its references; "
                    + "it looks like a repository or build output, not a skill — package only the skill's files",
                    TokenBudget.format(other), TokenBudget.largest(others.get()), TokenBudget.format(skillTokens)));
        }
    }
}
