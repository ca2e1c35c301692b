package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.model.YamlSequence;
import dev.skillpack.core.model.YamlValue;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SP017: {@code allowed-tools} must be one space-separated string, e.g. {@code Bash(git:*) Read}. A YAML
 * list is reported with the string to write instead. When the target client's profile declares its own
 * form for the key (Claude Code also takes a list), that profile decides and SP026 checks it.
 */
public final class AllowedToolsFormatRule implements Rule {
    private static final String KEY = "allowed-tools";
    private static final RuleMeta META = RuleMeta.of("SP017", "allowed-tools-format", Category.SPEC,
            Severity.ERROR, "'allowed-tools' is not a space-separated string (a YAML list, number or mapping).");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = Fields.entry(skill, KEY);
        if (entry.isEmpty() || ClientProfile.of(context.target()).frontmatter().containsKey(KEY)) {
            return;
        }
        YamlValue value = entry.get().value();
        if (value instanceof YamlScalar s && (s.isString() || s.type() == YamlScalar.Type.NULL)) {
            return;
        }
        String message = "'allowed-tools' must be one space-separated string, but " + Fields.whatItIs(value);
        if (value instanceof YamlSequence list) {
            List<String> names = new ArrayList<>();
            for (YamlValue item : list.items()) {
                if (item instanceof YamlScalar s && !s.text().isBlank()) {
                    names.add(s.text().strip());
                }
            }
            if (!names.isEmpty() && names.size() == list.items().size()) {
                message += "; write allowed-tools: " + String.join(" ", names);
            }
        } else if (Fields.quotable(value)) {
            message += "; quote it: allowed-tools: \"" + ((YamlScalar) value).text() + "\"";
        }
        context.report(Fields.valueSpan(value, entry.get()), message);
    }
}
