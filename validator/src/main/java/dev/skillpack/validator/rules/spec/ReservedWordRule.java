package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rule.Target;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SP029 (claude-code target): Claude's platform refuses a skill whose {@code name} contains the reserved words
 * "anthropic" or "claude" (Anthropic's Agent Skills overview, field requirements).
 */
public final class ReservedWordRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP029", "name-reserved-word", Category.SPEC,
            Severity.ERROR, "Under the claude-code target, the name contains a reserved word (anthropic, claude).");
    private static final List<String> RESERVED = List.of("anthropic", "claude");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        if (context.target() != Target.CLAUDE_CODE) {
            return;
        }
        Optional<YamlEntry> entry = Fields.entry(skill, "name");
        Optional<String> name = entry.flatMap(e -> Fields.string(e.value()));
        if (name.isEmpty()) {
            return;
        }
        String lower = name.get().toLowerCase(Locale.ROOT);
        for (String word : RESERVED) {
            if (lower.contains(word)) {
                context.report(Fields.valueSpan(entry.get().value(), entry.get()), "name " + Fields.quote(name.get())
                        + " contains the reserved word '" + word + "', which Claude's platform refuses in skill names;"
                        + " choose a name without it");
                return;
            }
        }
    }
}
