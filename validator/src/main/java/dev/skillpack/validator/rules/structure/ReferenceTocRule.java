package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.Block;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.Heading;
import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.LinkTarget;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.ReferenceFile;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.FixKind;
import dev.skillpack.validator.rule.Glob;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A long reference without a table of contents near its top. Agents often read the start of a long
 * file and stop; a list of links to its sections shows them everything it covers. A table of contents
 * is a few links to headings of the file, or a heading named "Contents", within the first lines.
 */
public final class ReferenceTocRule implements Rule {
    private static final OptionKey<Integer> MIN_LINES = OptionKey.integer("min-lines", 100,
            "references with more lines than this need a table of contents");
    private static final OptionKey<Integer> WINDOW = OptionKey.integer("window", 50,
            "how many lines from the top the table of contents must start within");
    private static final OptionKey<Integer> MIN_SECTIONS = OptionKey.integer("min-sections", 3,
            "references with fewer headings below the title are left alone");
    private static final OptionKey<List<Glob>> PATHS = OptionKey.globs("paths", List.of("references/**"),
            "globs of the Markdown files checked");
    private static final RuleMeta META = RuleMeta.of("SP209", "reference-toc", Category.STRUCTURE, Severity.INFO,
            "A long reference has no table of contents near its top.",
            MIN_LINES, WINDOW, MIN_SECTIONS, PATHS);
    private static final Pattern CONTENTS_HEADING = Pattern.compile(
            "(?i)\\s*(?:table of contents|contents|toc|on this page|in this (?:file|document|guide|reference))\\s*:?");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public FixKind fixKind() {
        return FixKind.UNSAFE;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        int minLines = context.options().get(MIN_LINES);
        int window = context.options().get(WINDOW);
        int minSections = context.options().get(MIN_SECTIONS);
        List<Glob> paths = context.options().get(PATHS);
        for (ReferenceFile reference : skill.references()) {
            if (SkillLayout.ignored(reference.relativePath())
                    || paths.stream().noneMatch(m -> m.matches(reference.relativePath()))) {
                continue;
            }
            MarkdownDocument doc = reference.document();
            TextFile file = doc.file();
            int lines = file.lines().lineCount() - (file.text().endsWith("\n") ? 1 : 0);
            List<Heading> entries = entries(doc);
            if (lines <= minLines || entries.size() < minSections || mostlyCode(doc, lines) || hasToc(doc, window)) {
                continue;
            }
            context.report(firstLine(doc), String.format("%s is %d lines with no table of contents in its first %d "
                    + "lines; list its sections as links at the top so an agent that reads only the start sees what "
                    + "it covers", reference.relativePath(), lines, window), fix(doc, entries));
        }
    }

    private static dev.skillpack.core.model.SourceSpan firstLine(MarkdownDocument doc) {
        List<Heading> headings = doc.headings();
        if (!headings.isEmpty() && headings.get(0).level() == 1 && headings.get(0).span().lineIndex() < 5) {
            return headings.get(0).span();
        }
        return doc.file().lines().lineSpan(0);
    }

    /** The headings a table of contents lists: the highest level below a single title. */
    static List<Heading> entries(MarkdownDocument doc) {
        List<Heading> headings = doc.headings();
        List<Heading> below = headings.size() > 0 && headings.get(0).level() == 1
                && headings.stream().filter(h -> h.level() == 1).count() == 1 ? headings.subList(1, headings.size())
                : headings;
        int top = below.stream().mapToInt(Heading::level).min().orElse(7);
        return below.stream().filter(h -> h.level() == top).toList();
    }

    private static boolean hasToc(MarkdownDocument doc, int window) {
        long anchors = doc.links().stream()
                .filter(l -> l.span().lineIndex() < window && l.target().kind() == LinkTarget.Kind.ANCHOR
                        && !l.target().fragment().isEmpty())
                .count();
        if (anchors >= 3) {
            return true;
        }
        return doc.headings().stream().anyMatch(h -> h.span().lineIndex() < window
                && CONTENTS_HEADING.matcher(h.text()).matches());
    }

    /** A template shown as one big code block needs no contents. */
    private static boolean mostlyCode(MarkdownDocument doc, int lines) {
        int code = 0;
        for (Block block : doc.blocks()) {
            if (block instanceof CodeExample c) {
                code += c.span().endLineIndex() - c.span().lineIndex() + 1;
            }
        }
        return code * 5 > lines * 4;
    }

    private static Fix fix(MarkdownDocument doc, List<Heading> entries) {
        TextFile file = doc.file();
        String eol = file.lineEndings() == TextFile.LineEndings.CRLF ? "\r\n" : "\n";
        StringBuilder toc = new StringBuilder("**Contents**").append(eol).append(eol);
        for (Heading h : entries) {
            toc.append("- [").append(h.text().replace("[", "\\[").replace("]", "\\]")).append("](#")
                    .append(h.anchor()).append(')').append(eol);
        }
        Optional<Heading> title = doc.headings().stream().findFirst()
                .filter(h -> h.level() == 1 && !entries.contains(h));
        LineMap lines = file.lines();
        int offset;
        String text;
        if (title.isPresent()) {
            int line = title.get().span().endLineIndex();
            offset = line + 1 < lines.lineCount() ? lines.lineStart(line + 1) : file.text().length();
            String prefix = offset == file.text().length() && !file.text().endsWith("\n") ? eol : "";
            boolean blankAfter = line + 1 < lines.lineCount() && lines.lineText(line + 1).isBlank();
            text = prefix + eol + toc + (blankAfter ? "" : eol);
        } else {
            offset = doc.bodyOffset();
            text = toc + eol;
        }
        return new Fix("insert a table of contents", false, List.of(new TextEdit(offset, 0, text)));
    }
}
