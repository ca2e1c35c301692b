package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlValue;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;

/**
 * SP014: when present, {@code compatibility} must be 1 to 500 characters. skills-ref accepts an empty
 * value; the spec does not, and an empty value tells an agent nothing.
 */
public final class CompatibilityLengthRule implements Rule {
    /** The spec's limit. */
    static final int MAX = 500;
    private static final RuleMeta META = RuleMeta.of("SP014", "compatibility-length", Category.SPEC,
            Severity.ERROR, "'compatibility' is empty or longer than 500 characters.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = Fields.entry(skill, "compatibility");
        if (entry.isEmpty()) {
            return;
        }
        YamlValue value = entry.get().value();
        if (Fields.blank(value)) {
            context.report(Fields.valueSpan(value, entry.get()), "'compatibility' is empty; say what the skill "
                    + "needs (1 to " + MAX + " characters) or remove the key");
            return;
        }
        Optional<String> text = Fields.string(value);
        if (text.isPresent() && Fields.codePoints(text.get()) > MAX) {
            context.report(Fields.valueSpan(value, entry.get()), "compatibility is " + Fields.codePoints(text.get())
                    + " characters; the limit is " + MAX);
        }
    }
}
