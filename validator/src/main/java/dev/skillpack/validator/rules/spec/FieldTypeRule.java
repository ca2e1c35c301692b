package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlValue;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Optional;

/**
 * SP008: {@code name}, {@code description}, {@code license} and {@code compatibility} must be strings.
 * YAML reads an unquoted {@code 2024} as a number and {@code true} as a boolean; clients that expect
 * text then fail or show something else. ({@code metadata} and {@code allowed-tools} have their own rules.)
 */
public final class FieldTypeRule implements Rule {
    /** The string-valued fields of the spec. */
    static final List<String> STRING_FIELDS = List.of("name", "description", "license", "compatibility");

    private static final RuleMeta META = RuleMeta.of("SP008", "field-type", Category.SPEC, Severity.ERROR,
            "'name', 'description', 'license' or 'compatibility' is not a string (a number, boolean, list or "
                    + "mapping).");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (String key : STRING_FIELDS) {
            Optional<YamlEntry> entry = Fields.entry(skill, key);
            if (entry.isEmpty()) {
                continue;
            }
            YamlValue value = entry.get().value();
            if (value instanceof YamlScalar s && (s.isString() || s.type() == YamlScalar.Type.NULL)) {
                continue;
            }
            String message = "'" + key + "' must be a string, but " + Fields.whatItIs(value);
            if (Fields.quotable(value)) {
                message += "; quote it: " + key + ": \"" + ((YamlScalar) value).text() + "\"";
            } else {
                message += "; write it as one text value";
            }
            context.report(Fields.valueSpan(value, entry.get()), message);
        }
    }
}
