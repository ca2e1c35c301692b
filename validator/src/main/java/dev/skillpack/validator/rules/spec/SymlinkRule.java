package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP023: symbolic links that leave the pack, loop back to a folder above them or are broken are not
 * followed; a skill copied or packaged elsewhere loses what they point at. A link to a file or folder
 * inside the pack is followed (a folder once).
 */
public final class SymlinkRule extends ParseProblemRule {

    /** Creates the rule. */
    public SymlinkRule() {
        super(RuleMeta.of("SP023", "symlink", Category.SPEC, Severity.WARNING,
                "A symbolic link points outside the pack, loops back, or points nowhere; it was not followed."),
                Set.of(ProblemCode.SYMLINK));
    }
}
