package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/**
 * SP024: SKILL.md starts with a UTF-8 byte-order mark. skillpack reads such a file, and the spec says
 * nothing against it, but the reference validator skills-ref then reports the front matter as missing,
 * and other YAML front-matter readers may too.
 */
public final class ByteOrderMarkRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP024", "byte-order-mark", Category.SPEC, Severity.INFO,
            "SKILL.md starts with a UTF-8 byte-order mark, which some readers (skills-ref) refuse.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        TextFile file = skill.skillFile();
        if (file.byteOrderMark()) {
            context.report(file.lines().span(0, 0), "file starts with a UTF-8 byte-order mark; skillpack reads it, "
                    + "but skills-ref and other front-matter readers do not find the opening '---'. Save the file as "
                    + "UTF-8 without BOM");
        }
    }
}
