package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;

/**
 * SP011: the name must equal the name of the skill's folder. Both are NFKC-normalised before comparing
 * and spaces around the name are ignored (SP010 reports those), as skills-ref does.
 */
public final class NameFolderMismatchRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP011", "name-folder-mismatch", Category.SPEC,
            Severity.ERROR, "The name differs from the skill folder's name.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<YamlEntry> entry = Fields.entry(skill, "name");
        Optional<String> name = entry.flatMap(e -> Fields.string(e.value())).map(String::strip);
        if (name.isEmpty() || name.get().isEmpty() || skill.folderName().isEmpty()) {
            return;
        }
        if (!Fields.nfkc(name.get()).equals(Fields.nfkc(skill.folderName()))) {
            context.report(Fields.valueSpan(entry.get().value(), entry.get()), "name " + Fields.quote(name.get())
                    + " does not match the folder name " + Fields.quote(skill.folderName())
                    + "; rename the folder or change the name so they agree");
        }
    }
}
