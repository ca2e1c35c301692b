package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP022: every file of a skill must be read to be checked. A file that cannot be opened, and whatever
 * lies beyond the reader's safety limits (a file over the size limit, files past the count limit,
 * folders nested past the depth limit), was not checked, so the skill cannot be called valid. The
 * limits keep a hostile or accidental folder from exhausting memory or time; no real skill comes near
 * them.
 */
public final class NotReadRule extends ParseProblemRule {

    /** Creates the rule. */
    public NotReadRule() {
        super(RuleMeta.of("SP022", "not-read", Category.SPEC, Severity.ERROR,
                "A file or folder of the skill was not read: it could not be opened, or it lies beyond the size, "
                        + "file-count, skill-size or depth limit."),
                Set.of(ProblemCode.UNREADABLE, ProblemCode.FILE_TOO_LARGE, ProblemCode.TOO_MANY_FILES,
                        ProblemCode.TOO_DEEP, ProblemCode.SKILL_TOO_LARGE));
    }
}
