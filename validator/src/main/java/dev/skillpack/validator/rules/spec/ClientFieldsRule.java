package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/**
 * SP026: the front-matter keys the target client adds to the spec must have the types and values that
 * client documents (for Claude Code: {@code disable-model-invocation: true}, {@code effort: high},
 * {@code context: fork}, ...). The keys and their types are data, in the target's profile file.
 */
public final class ClientFieldsRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP026", "client-fields", Category.SPEC, Severity.ERROR,
            "A front-matter key of the target client has a value of the wrong type, or one the client does not "
                    + "accept.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        if (!Fields.readable(skill)) {
            return;
        }
        ClientProfile profile = ClientProfile.of(context.target());
        SchemaCheck check = new SchemaCheck(profile.client(), context::report);
        for (YamlEntry entry : skill.frontmatter().entries()) {
            FieldSchema schema = profile.frontmatter().get(entry.key());
            if (schema != null) {
                check.check(entry.value(), schema, entry.key(), entry.keySpan());
            }
        }
    }
}
