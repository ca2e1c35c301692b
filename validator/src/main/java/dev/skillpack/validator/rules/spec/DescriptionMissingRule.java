package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/**
 * SP012: the front matter must have a non-empty {@code description}; agents choose skills by it.
 */
public final class DescriptionMissingRule extends RequiredFieldRule {

    /** Creates the rule. */
    public DescriptionMissingRule() {
        super(RuleMeta.of("SP012", "description-missing", Category.SPEC, Severity.ERROR,
                "The front matter has no 'description', or it is empty."), "description");
    }

    @Override
    String missing(Skill skill) {
        return "front matter has no 'description'; add one that says what the skill does and when to use it";
    }

    @Override
    String empty(Skill skill) {
        return "'description' is empty; say what the skill does and when to use it";
    }
}
