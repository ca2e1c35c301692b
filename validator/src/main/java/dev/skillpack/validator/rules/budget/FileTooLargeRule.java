package dev.skillpack.validator.rules.budget;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.rules.spec.ParseProblemRule;
import java.util.Optional;
import java.util.Set;

/**
 * SP110: a text file larger than the analysis limit ({@code limits: analysed-bytes}, 1 MiB by default). Such a
 * file is read, its characters are checked (invisible, bidi, tag and control characters, homoglyphs, encoded
 * blobs, secrets) and a SKILL.md's front matter is parsed, but its Markdown is not parsed and no other rule
 * reads it: a file that size is no skill an agent can use, and analysing it in full would cost seconds and
 * hundreds of megabytes. An error, because the rest of the file was not checked.
 */
public final class FileTooLargeRule extends ParseProblemRule {

    /** Creates the rule. */
    public FileTooLargeRule() {
        super(RuleMeta.of("SP110", "file-too-large", Category.BUDGET, Severity.ERROR,
                "A text file is over the analysis limit (1 MiB by default): only its front matter and its characters "
                        + "were checked."),
                Set.of(ProblemCode.TOO_LARGE_TO_ANALYSE));
    }

    @Override
    protected String message(ParseProblem problem, Optional<Skill> skill) {
        return problem.message() + " (limits: analysed-bytes in .skillpack.yaml)";
    }
}
