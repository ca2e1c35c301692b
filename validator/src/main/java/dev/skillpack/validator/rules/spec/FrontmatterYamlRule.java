package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Set;

/**
 * SP005: the front matter must be valid YAML and a mapping of keys to values, without duplicate keys,
 * anchors or aliases, and within the parser's size and nesting limits.
 */
public final class FrontmatterYamlRule extends ParseProblemRule {

    /** Creates the rule. */
    public FrontmatterYamlRule() {
        super(RuleMeta.of("SP005", "frontmatter-yaml", Category.SPEC, Severity.ERROR,
                "The front matter is not valid YAML, not a mapping, repeats a key, uses an anchor or alias, "
                        + "or exceeds a size or nesting limit."),
                Set.of(ProblemCode.YAML_SYNTAX, ProblemCode.YAML_NOT_MAPPING, ProblemCode.YAML_DUPLICATE_KEY,
                        ProblemCode.YAML_ALIAS, ProblemCode.YAML_LIMIT));
    }
}
