package dev.skillpack.validator.rules.budget;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/** A skill's name and description, which load into every prompt, stay within a token budget. */
public final class MetadataTokensRule implements Rule {
    private static final OptionKey<Integer> MAX_TOKENS = OptionKey.integer("max-tokens", 250,
            "largest name plus description, in tokens");
    private static final RuleMeta META = RuleMeta.of("SP103", "metadata-tokens", Category.BUDGET, Severity.WARNING,
            "The name and description together are over their token budget.",
            MAX_TOKENS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int max = context.options().get(MAX_TOKENS);
        int tokens = context.tokens().countIfOver(metadataText(skill), max);
        if (tokens <= 0) {
            return;
        }
        SourceSpan span = skill.frontmatter().entry("description").map(YamlEntry::keySpan)
                .orElse(skill.frontmatter().span());
        context.report(span, String.format("name and description are %s tokens; the budget is %s — they load into "
                + "every prompt for every installed skill, so keep what the skill does and when to use it, and move "
                + "the rest into the body", TokenBudget.format(tokens), TokenBudget.format(max)));
    }

    /**
     * @param skill a skill
     * @return what a client lists for it: the name, a line break, the description
     */
    static String metadataText(Skill skill) {
        return skill.frontmatter().name().orElse("") + "\n" + skill.frontmatter().description().orElse("");
    }
}
