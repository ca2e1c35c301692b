package dev.skillpack.validator.rules.budget;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionSpec;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Text outside SKILL.md and the standard folders, which SKILL.md never leads to, stays small: an agent
 * that browses the folder and opens it spends context on files the skill never asked it to read.
 */
public final class OtherFilesTokensRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP106", "other-files-tokens", Category.BUDGET,
            Severity.WARNING,
            "Text files outside the skill's structure that SKILL.md never leads to are over their token budget.",
            OptionSpec.integer("max-tokens", 25000, "largest sum over the other text files, in tokens"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int max = context.options().integer("max-tokens");
        List<Resource> others = SkillFileSets.of(skill, context).others();
        if (others.stream().mapToLong(r -> TokenBudget.upperBound(r.text())).sum() <= max) {
            return;
        }
        Map<Resource, Integer> tokens = count(others, context);
        long total = tokens.values().stream().mapToLong(Integer::longValue).sum();
        if (total > max) {
            context.report(SourceSpan.wholeFile(skill.skillFile().path()), String.format("%s outside SKILL.md, "
                    + "references/, scripts/ and assets/ that SKILL.md never leads to %s %s tokens (largest: %s); "
                    + "the budget is %s — move what the agent needs into references/ and remove the rest",
                    others.size() == 1 ? "1 file" : others.size() + " files", others.size() == 1 ? "holds" : "hold",
                    TokenBudget.format(total), largest(tokens), TokenBudget.format(max)));
        }
    }

    static Map<Resource, Integer> count(List<Resource> files, RuleContext context) {
        return files.stream().collect(Collectors.toMap(r -> r, r -> TokenBudget.count(r, context), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    static String largest(Map<Resource, Integer> tokens) {
        return tokens.entrySet().stream().sorted(Map.Entry.<Resource, Integer>comparingByValue(
                Comparator.reverseOrder())).limit(3)
                .map(e -> e.getKey().relativePath() + " " + TokenBudget.format(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
