package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP043: a folder such as {@code node_modules}, {@code .venv} or {@code __pycache__} inside a skill. It is
 * never read (it can be huge), and it should not ship with the skill.
 */
public final class SkippedFolderRule extends ParseProblemRule {

    /** Creates the rule. */
    public SkippedFolderRule() {
        super(RuleMeta.of("SP043", "skipped-folder", Category.SPEC, Severity.INFO,
                "A skill holds a folder of tool output or installed dependencies (node_modules, .venv, __pycache__...); it was not read."),
                Set.of(ProblemCode.FOLDER_SKIPPED));
    }
}
