package dev.skillpack.validator.rules.budget;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The names and descriptions of all skills in a pack, which every prompt carries, stay within a budget. */
public final class PackMetadataTokensRule implements Rule {
    private static final OptionKey<Integer> MAX_TOKENS = OptionKey.integer("max-tokens", 4000,
            "largest sum over the pack of name plus description, in tokens");
    private static final RuleMeta META = RuleMeta.of("SP109", "pack-metadata-tokens", Category.BUDGET,
            Severity.WARNING, "The names and descriptions of all skills in the pack are over their token budget.",
            MAX_TOKENS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkPack(SkillPack pack, RuleContext context) {
        int max = context.options().get(MAX_TOKENS);
        if (TokenBudget.fitTogether(pack.skills().stream().map(MetadataTokensRule::metadataText).toList(), max,
                context.tokens())) {
            return;
        }
        record Cost(Skill skill, int tokens) {
        }
        List<Cost> costs = new ArrayList<>();
        for (Skill skill : pack.skills()) {
            costs.add(new Cost(skill, context.tokens().count(MetadataTokensRule.metadataText(skill))));
        }
        int total = costs.stream().mapToInt(Cost::tokens).sum();
        if (total <= max) {
            return;
        }
        String largest = costs.stream().sorted(Comparator.comparingInt(Cost::tokens).reversed()).limit(3)
                .map(c -> c.skill().name().orElse(c.skill().folderName()) + " " + TokenBudget.format(c.tokens()))
                .collect(Collectors.joining(", "));
        context.report(SourceSpan.wholeFile(pack.path()), String.format("the %d skills in this pack spend %s tokens "
                + "on names and descriptions, which load into every prompt; the budget is %s — shorten the longest "
                + "(%s) or install fewer skills together", pack.skills().size(), TokenBudget.format(total),
                TokenBudget.format(max), largest));
    }
}
