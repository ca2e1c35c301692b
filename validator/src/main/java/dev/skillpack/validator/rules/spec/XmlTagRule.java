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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP030 (claude-code target): Claude's platform refuses XML tags in {@code name} and {@code description}
 * (Anthropic's Agent Skills overview, field requirements): both are pasted into the system prompt, where a
 * tag could open or close the surrounding structure.
 */
public final class XmlTagRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP030", "metadata-xml-tag", Category.SPEC,
            Severity.ERROR, "Under the claude-code target, the name or description contains an XML tag.");
    /** An opening, closing or empty-element tag: {@code <example>}, {@code </skill>}, {@code <br/>}. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w.:-]*(?:\\s+[^<>]*)?/?>");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        if (context.target() != Target.CLAUDE_CODE) {
            return;
        }
        for (String field : List.of("name", "description")) {
            Optional<YamlEntry> entry = Fields.entry(skill, field);
            Optional<String> value = entry.flatMap(e -> Fields.string(e.value()));
            if (value.isEmpty()) {
                continue;
            }
            Matcher m = TAG.matcher(value.get());
            if (m.find()) {
                context.report(Fields.valueSpan(entry.get().value(), entry.get()), field + " contains the XML tag "
                        + Fields.quote(m.group()) + ", which Claude's platform refuses in " + field + "; write it "
                        + "without angle brackets");
            }
        }
    }
}
