package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.FixKind;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A text file uses Windows line endings (CRLF): shell scripts then fail on Linux, strict parsers
 * (the reference validator among them) reject SKILL.md, and diffs show every line changed. Windows
 * batch files, which want CRLF, are left alone. The fix rewrites every line, so it runs only when asked for
 * by itself ({@code --fix --rule SP221}) or by the option {@code fix-with-others}.
 */
public final class LineEndingsRule implements Rule {
    private static final OptionKey<Boolean> FIX_WITH_OTHERS = OptionKey.bool("fix-with-others", false,
            "let a plain --fix convert line endings too; by default only --fix --rule SP221 does, so fixing something "
                + "else never rewrites every line");
    private static final RuleMeta META = RuleMeta.of("SP221", "line-endings", Category.STRUCTURE, Severity.INFO,
            "A text file uses Windows line endings (CRLF).",
            FIX_WITH_OTHERS);
    private static final Set<String> WINDOWS_ONLY = Set.of("bat", "cmd");
    private static final Set<String> SCRIPTS = Set.of("sh", "bash", "zsh", "py", "rb", "pl");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public FixKind fixKind() {
        return FixKind.ON_REQUEST;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (Resource r : SkillLayout.files(skill)) {
            String extension = SkillLayout.extension(r.relativePath());
            Optional<TextFile> file = r.textFile();
            if (file.isEmpty() || WINDOWS_ONLY.contains(extension)) {
                continue;
            }
            String text = file.get().text();
            List<TextEdit> edits = new ArrayList<>();
            for (int i = text.indexOf("\r\n"); i >= 0; i = text.indexOf("\r\n", i + 2)) {
                edits.add(new TextEdit(i, 1, ""));
            }
            if (edits.isEmpty()) {
                continue;
            }
            LineMap lines = file.get().lines();
            int total = lines.lineCount() - (text.endsWith("\n") ? 1 : 0);
            String why = SCRIPTS.contains(extension) ? "a script with CRLF fails on Linux ('bad interpreter')"
                    : "LF is what Linux, macOS and git expect";
            context.report(lines.lineSpan(lines.lineIndexOf(edits.get(0).offset())), String.format("%s uses Windows "
                    + "line endings (CRLF) on %d of %d lines; convert it to LF — %s", r.relativePath(), edits.size(),
                    total, why), new Fix("convert CRLF line endings to LF", true, edits,
                    !context.options().get(FIX_WITH_OTHERS)));
        }
    }
}
