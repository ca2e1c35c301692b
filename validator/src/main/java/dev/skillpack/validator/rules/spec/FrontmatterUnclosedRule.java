package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;
import java.util.Set;

/** SP004: the front matter opened by the first {@code ---} line must be closed by a later {@code ---} line. */
public final class FrontmatterUnclosedRule extends ParseProblemRule {

    /** Creates the rule. */
    public FrontmatterUnclosedRule() {
        super(RuleMeta.of("SP004", "frontmatter-unclosed", Category.SPEC, Severity.ERROR,
                "The front matter opened on line 1 has no closing '---' line."),
                Set.of(ProblemCode.FRONTMATTER_UNCLOSED));
    }

    @Override
    protected String message(ParseProblem problem, Optional<Skill> skill) {
        return "front matter opened on line 1 is never closed; add a line '---' after the last field";
    }
}
