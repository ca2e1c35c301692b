package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;

/**
 * SP013: the description must be at most 1024 characters, counted as Unicode code points of the value
 * YAML produces (a folded block keeps its final line break), as skills-ref's Python {@code len} counts.
 */
public final class DescriptionLengthRule implements Rule {
    /** The spec's limit. */
    static final int MAX = 1024;
    private static final RuleMeta META = RuleMeta.of("SP013", "description-length", Category.SPEC,
            Severity.ERROR, "The description is longer than 1024 characters.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = Fields.entry(skill, "description");
        Optional<String> description = entry.flatMap(e -> Fields.string(e.value()));
        if (description.isEmpty()) {
            return;
        }
        int length = Fields.codePoints(description.get());
        if (length > MAX) {
            context.report(Fields.valueSpan(entry.get().value(), entry.get()), "description is " + length
                    + " characters; the limit is " + MAX + ": keep what the skill does and when to use it, "
                    + "and move the rest into the body");
        }
    }
}
