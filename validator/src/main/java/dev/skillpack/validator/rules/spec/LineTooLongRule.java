package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP040: a line too long to read. Minified, packed or generated text hides what a skill tells the agent
 * or runs, and slows every tool that shows it; the file is still read and checked.
 */
public final class LineTooLongRule extends ParseProblemRule {

    /** Creates the rule. */
    public LineTooLongRule() {
        super(RuleMeta.of("SP040", "line-too-long", Category.SPEC, Severity.WARNING,
                "A text file has a line longer than the limit (20,000 characters by default); nobody can review it."),
                Set.of(ProblemCode.LINE_TOO_LONG));
    }
}
