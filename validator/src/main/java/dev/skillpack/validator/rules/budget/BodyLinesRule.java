package dev.skillpack.validator.rules.budget;

import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/** SKILL.md's body stays under a number of lines. */
public final class BodyLinesRule implements Rule {
    private static final OptionKey<Integer> MAX_LINES = OptionKey.integer("max-lines", 500,
            "most lines the body may have");
    private static final RuleMeta META = RuleMeta.of("SP102", "body-lines", Category.BUDGET, Severity.WARNING,
            "SKILL.md's body has more lines than recommended.",
            MAX_LINES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int max = context.options().get(MAX_LINES);
        int lines = skill.body().bodyLineCount();
        if (lines <= max) {
            return;
        }
        LineMap map = skill.skillFile().lines();
        int firstOver = map.lineIndexOf(skill.body().bodyOffset()) + max;
        context.report(map.lineSpan(Math.min(firstOver, map.lineCount() - 1)), String.format(
                "%s body is %s lines; the limit is %s and this is the first line over it — move detail into "
                        + "reference files", skill.skillFile().relativePath(), TokenBudget.format(lines),
                TokenBudget.format(max)));
    }
}
