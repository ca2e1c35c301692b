package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;

/** SP009: the name must be at most 64 characters (Unicode code points, after NFKC normalisation). */
public final class NameLengthRule implements Rule {
    /** The spec's limit. */
    static final int MAX = 64;
    private static final RuleMeta META = RuleMeta.of("SP009", "name-length", Category.SPEC, Severity.ERROR,
            "The name is longer than 64 characters.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = Fields.entry(skill, "name");
        Optional<String> name = entry.flatMap(e -> Fields.string(e.value()));
        if (name.isEmpty()) {
            return;
        }
        int length = Fields.codePoints(Fields.nfkc(name.get()));
        if (length > MAX) {
            context.report(Fields.valueSpan(entry.get().value(), entry.get()),
                    "name is " + length + " characters; the limit is " + MAX);
        }
    }
}
