package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;
import java.util.Set;

/** SP001: a skill folder must hold a SKILL.md. */
public final class SkillFileMissingRule extends ParseProblemRule {

    /** Creates the rule. */
    public SkillFileMissingRule() {
        super(RuleMeta.of("SP001", "skill-file-missing", Category.SPEC, Severity.ERROR,
                "A skill is a folder holding a SKILL.md file; the folder has none."),
                Set.of(ProblemCode.SKILL_FILE_MISSING));
    }

    @Override
    protected String message(ParseProblem problem, Optional<Skill> skill) {
        String folder = skill.map(Skill::path).orElse(problem.span().path());
        return skill.isPresent()
                ? "no SKILL.md in '" + folder + "'; a skill is a folder with a SKILL.md file at its top"
                : "no SKILL.md in '" + folder + "' or below it; a skill is a folder with a SKILL.md file at its top";
    }
}
