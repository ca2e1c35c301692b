package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlValue;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;

/**
 * SP025: {@code license} should be short: a licence name ({@code Apache-2.0}) or the name of a bundled
 * licence file ({@code Complete terms in LICENSE.txt}), not the licence text, which would be loaded with
 * the front matter. An empty value says nothing and is reported too.
 */
public final class LicenseLengthRule implements Rule {
    /** The option setting the longest accepted value. */
    static final OptionKey<Integer> MAX_LENGTH = OptionKey.integer("max-length", 100,
            "longest 'license' value accepted, in characters");
    private static final RuleMeta META = RuleMeta.of("SP025", "license-length", Category.SPEC, Severity.WARNING,
            "'license' is empty, or long enough to be the licence text rather than its name.", MAX_LENGTH);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = Fields.entry(skill, "license");
        if (entry.isEmpty()) {
            return;
        }
        YamlValue value = entry.get().value();
        if (Fields.blank(value)) {
            context.report(Fields.valueSpan(value, entry.get()),
                    "'license' is empty; name the licence (e.g. MIT) or a bundled licence file, or remove the key");
            return;
        }
        int max = context.options().get(MAX_LENGTH);
        Fields.string(value).filter(text -> Fields.codePoints(text) > max).ifPresent(text -> context.report(
                Fields.valueSpan(value, entry.get()), "'license' is " + Fields.codePoints(text)
                        + " characters; keep it short (at most " + max + "): a licence name such as Apache-2.0, or "
                        + "a bundled file such as 'Complete terms in LICENSE.txt'"));
    }
}
