package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/** A code fence is never closed, so everything after it (or the rest of its list item) reads as code. */
public final class UnclosedFenceRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP210", "unclosed-fence", Category.STRUCTURE, Severity.ERROR,
            "A code fence is never closed.");
    private static final java.util.regex.Pattern FENCE = java.util.regex.Pattern.compile("`{3,}|~{3,}");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (MarkdownDocument doc : skill.markdownFiles()) {
            if (SkillLayout.ignored(doc.file().relativePath())) {
                continue;
            }
            for (CodeExample code : doc.codeExamples()) {
                if (code.fenced() && !code.closed()) {
                    int line = code.span().lineIndex();
                    java.util.regex.Matcher fence = FENCE.matcher(doc.file().lines().lineText(line));
                    String marker = fence.find() ? fence.group() : "```";
                    context.report(doc.file().lines().lineSpan(line), String.format("code fence opened on line %d is "
                            + "never closed, so everything after it reads as code; close it with a line '%s'",
                            line + 1, marker));
                }
            }
        }
    }
}
