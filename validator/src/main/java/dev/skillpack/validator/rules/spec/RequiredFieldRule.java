package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import java.util.Optional;

/**
 * A required front-matter field: reported when the key is absent, or present with no value, an empty
 * string or only whitespace. A value of another type is {@link FieldTypeRule}'s concern.
 */
abstract class RequiredFieldRule implements Rule {
    private final RuleMeta meta;
    private final String key;

    RequiredFieldRule(RuleMeta meta, String key) {
        this.meta = meta;
        this.key = key;
    }

    @Override
    public final RuleMeta meta() {
        return meta;
    }

    @Override
    public final void checkSkill(Skill skill, RuleContext context) {
        if (!Fields.readable(skill)) {
            return;
        }
        Optional<YamlEntry> entry = skill.frontmatter().entry(key);
        if (entry.isEmpty()) {
            SourceSpan opening = skill.skillFile().lines().span(0, 3);
            context.report(opening, missing(skill));
        } else if (Fields.blank(entry.get().value())) {
            context.report(Fields.valueSpan(entry.get().value(), entry.get()), empty(skill));
        }
    }

    /**
     * @param skill the skill
     * @return the message when the key is absent
     */
    abstract String missing(Skill skill);

    /**
     * @param skill the skill
     * @return the message when the key has no value
     */
    abstract String empty(Skill skill);
}
