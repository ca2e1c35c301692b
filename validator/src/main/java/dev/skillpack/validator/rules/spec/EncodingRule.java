package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP006: SKILL.md and the skill's other Markdown files must be UTF-8. A UTF-8 byte-order mark is
 * accepted (SP024 mentions it); UTF-16 and invalid byte sequences are reported at the first bad byte.
 */
public final class EncodingRule extends ParseProblemRule {

    /** Creates the rule. */
    public EncodingRule() {
        super(RuleMeta.of("SP006", "encoding", Category.SPEC, Severity.ERROR,
                "A Markdown file of the skill is not valid UTF-8."),
                Set.of(ProblemCode.ENCODING));
    }
}
