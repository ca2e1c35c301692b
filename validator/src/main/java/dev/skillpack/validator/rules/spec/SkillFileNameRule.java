package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.parse.SkillParser;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP002: the skill file should be spelled {@code SKILL.md}. The reference validator also reads a
 * lower-case {@code skill.md}, but the spec names {@code SKILL.md} and clients on case-sensitive file
 * systems look only for that; a folder with both files is ambiguous.
 */
public final class SkillFileNameRule extends ParseProblemRule {

    /** Creates the rule. */
    public SkillFileNameRule() {
        super(RuleMeta.of("SP002", "skill-file-name", Category.SPEC, Severity.WARNING,
                "The skill file is named skill.md instead of SKILL.md, or both exist."),
                Set.of(ProblemCode.SKILL_FILE_AMBIGUOUS));
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        super.checkSkill(skill, context);
        if (skill.skillFile().relativePath().equals(SkillParser.SKILL_FILE_LOWER)) {
            context.report(SourceSpan.wholeFile(skill.skillFile().path()),
                    "skill file is named 'skill.md'; rename it to 'SKILL.md': the spec names SKILL.md and "
                            + "clients on case-sensitive file systems look only for that name");
        }
    }
}
