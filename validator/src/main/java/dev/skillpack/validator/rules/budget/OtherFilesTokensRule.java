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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Text outside SKILL.md and the standard folders, which SKILL.md never leads to, stays small: an agent
 * that browses the folder and opens it spends context on files the skill never asked it to read.
 */
public final class OtherFilesTokensRule implements Rule {
    private static final OptionKey<Integer> MAX_TOKENS = OptionKey.integer("max-tokens", 25000,
            "largest sum over the other text files, in tokens");
    private static final RuleMeta META = RuleMeta.of("SP106", "other-files-tokens", Category.BUDGET,
            Severity.WARNING,
            "Text files outside the skill's structure that SKILL.md never leads to are over their token budget.",
            MAX_TOKENS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int max = context.options().get(MAX_TOKENS);
        List<Resource> others = context.analysis().fileSets().others();
        Optional<Map<Resource, Integer>> tokens = TokenBudget.countIfOver(others, max, context);
        if (tokens.isEmpty()) {
            return;
        }
        long total = TokenBudget.total(tokens.get());
        if (total > max) {
            context.report(SourceSpan.wholeFile(skill.skillFile().path()), String.format("%s outside SKILL.md, "
                    + "references/, scripts/ and assets/ that SKILL.md never leads to %s %s tokens (largest: %s); "
                    + "the budget is %s — move what the agent needs into references/ and remove the rest",
                    others.size() == 1 ? "1 file" : others.size() + " files", others.size() == 1 ? "holds" : "hold",
                    TokenBudget.format(total), TokenBudget.largest(tokens.get()), TokenBudget.format(max)));
        }
    }
}
