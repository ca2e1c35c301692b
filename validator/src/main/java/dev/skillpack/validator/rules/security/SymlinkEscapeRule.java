package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/**
 * SP432: a symbolic link in the skill that points outside the folder being validated. skillpack does
 * not follow it, but an agent, an installer or an unzip does: a link to {@code ~/.ssh} or {@code /etc}
 * turns "read the skill's reference" into reading the user's secrets, and a link folder lets an
 * archive write outside its target. SP023 reports every link that is not followed, as a portability
 * problem; this rule reports the escaping ones as a security problem.
 */
public final class SymlinkEscapeRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP432", "symlink-escape", Category.SECURITY, Severity.ERROR,
            "A symbolic link in the skill points outside the folder being validated.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (ParseProblem p : skill.problems()) {
            // the walk writes "symbolic link points outside the folder (to …)"; links inside it are followed
            if (p.code() == ProblemCode.SYMLINK && p.message().startsWith("symbolic link points outside")) {
                context.report(p.span(), "symbolic link leaves the skill; an agent or installer that follows it reads "
                        + "or writes files outside the skill (secrets, system files): replace it with the file itself");
            }
        }
    }
}
