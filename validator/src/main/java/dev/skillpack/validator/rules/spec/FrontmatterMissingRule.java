package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;
import java.util.Set;

/** SP003: SKILL.md must start with a {@code ---} line that opens the YAML front matter. */
public final class FrontmatterMissingRule extends ParseProblemRule {

    /** Creates the rule. */
    public FrontmatterMissingRule() {
        super(RuleMeta.of("SP003", "frontmatter-missing", Category.SPEC, Severity.ERROR,
                "SKILL.md does not start with a '---' line opening the YAML front matter."),
                Set.of(ProblemCode.FRONTMATTER_MISSING));
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (ParseProblem problem : skill.problems()) {
            if (codes().contains(problem.code())) {
                TextFile file = skill.skillFile();
                int blank = leadingBlankLines(file);
                if (blank > 0 && blank < file.lines().lineCount()
                        && file.lines().lineText(blank).stripTrailing().equals("---")) {
                    context.report(file.lines().span(0, 0), "front matter must start on line 1; remove the "
                            + (blank == 1 ? "blank line" : blank + " blank lines") + " before '---' on line "
                            + (blank + 1));
                } else {
                    context.report(problem.span(), message(problem, Optional.of(skill)));
                }
            }
        }
    }

    @Override
    protected String message(ParseProblem problem, Optional<Skill> skill) {
        String name = skill.map(s -> s.skillFile().relativePath()).orElse("SKILL.md");
        return "front matter is missing: " + name + " must start with a line '---', then the YAML fields "
                + "(name, description, ...), then a closing line '---'";
    }

    private static int leadingBlankLines(TextFile file) {
        int count = 0;
        while (count < file.lines().lineCount() && file.lines().lineText(count).isBlank()) {
            count++;
        }
        return count;
    }
}
