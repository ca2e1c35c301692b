package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlValue;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;

/**
 * SP015: {@code metadata} must be a mapping from string keys to string values. A nested mapping or list,
 * a number, a boolean or an empty value is reported where it is written; YAML reads {@code version: 1.10}
 * as the number 1.1, which is why the spec asks for strings ({@code version: "1.10"}).
 */
public final class MetadataValuesRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP015", "metadata-values", Category.SPEC, Severity.ERROR,
            "'metadata' is not a mapping of string keys to string values.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = Fields.entry(skill, "metadata");
        if (entry.isEmpty()) {
            return;
        }
        YamlValue value = entry.get().value();
        if (value instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL) {
            return;
        }
        if (!(value instanceof YamlMapping mapping)) {
            context.report(Fields.valueSpan(value, entry.get()), "'metadata' must be a mapping of keys to string "
                    + "values, but " + Fields.whatItIs(value) + "; write it as indented 'key: value' lines");
            return;
        }
        for (YamlEntry item : mapping.entries()) {
            YamlValue v = item.value();
            String label = "metadata." + item.key();
            if (v instanceof YamlScalar s && s.isString()) {
                continue;
            }
            String message;
            if (v instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL) {
                message = "'" + label + "' has no value; give it a string or remove it";
            } else if (Fields.quotable(v)) {
                message = "'" + label + "' must be a string, but " + Fields.whatItIs(v) + "; quote it: "
                        + item.key() + ": \"" + ((YamlScalar) v).text() + "\"";
            } else {
                message = "'" + label + "' must be a string, but " + Fields.whatItIs(v)
                        + "; the spec allows only string values: flatten it into separate keys";
            }
            context.report(Fields.valueSpan(v, item), message);
        }
    }
}
