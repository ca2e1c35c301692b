package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.FixKind;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;

/**
 * A Markdown file does not end with a line break: tools that append to it or concatenate it (diffs,
 * {@code cat}, packaging) glue its last line to what follows.
 */
public final class FinalNewlineRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP220", "final-newline", Category.STRUCTURE, Severity.INFO,
            "A Markdown file does not end with a line break.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public FixKind fixKind() {
        return FixKind.SAFE;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (MarkdownDocument doc : skill.markdownFiles()) {
            TextFile file = doc.file();
            if (SkillLayout.ignored(file.relativePath()) || file.endsWithNewline()) {
                continue;
            }
            String eol = file.lineEndings() == TextFile.LineEndings.CRLF ? "\r\n" : "\n";
            int end = file.text().length();
            context.report(file.lines().lineSpan(file.lines().lineCount() - 1), String.format("%s does not end with a "
                    + "line break; add one after the last line", file.relativePath()),
                    new Fix("add a line break at the end", true, List.of(new TextEdit(end, 0, eol))));
        }
    }
}
