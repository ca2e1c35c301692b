package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/** SP007: the front matter must have a non-empty {@code name}. */
public final class NameMissingRule extends RequiredFieldRule {

    /** Creates the rule. */
    public NameMissingRule() {
        super(RuleMeta.of("SP007", "name-missing", Category.SPEC, Severity.ERROR,
                "The front matter has no 'name', or it is empty."), "name");
    }

    @Override
    String missing(Skill skill) {
        return "front matter has no 'name'; add " + suggestion(skill);
    }

    @Override
    String empty(Skill skill) {
        return "'name' is empty; set it to the folder name: " + suggestion(skill);
    }

    private static String suggestion(Skill skill) {
        String folder = skill.folderName();
        return NameFormatRule.valid(Fields.nfkc(folder)) ? "name: " + folder : "a name of a-z, 0-9 and hyphens "
                + "that equals the folder name";
    }
}
