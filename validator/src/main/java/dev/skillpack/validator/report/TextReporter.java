package dev.skillpack.validator.report;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.Finding;
import dev.skillpack.validator.engine.SourceTexts;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The report for people. One block per unsuppressed finding:
 * <pre>
 * skills/pdf/SKILL.md:3:7: error SP010(name-format) name 'PDF' may contain only a-z, 0-9 and single hyphens
 *     name: PDF
 *           ^~~
 * </pre>
 * then a summary line. Repeats of one problem are printed once with their count, and the output is capped per
 * rule and in all ({@link TextLimits}); {@code --quiet} prints errors only. Tabs are expanded to stops of four and wide characters count two columns so
 * the caret lands under the span. Colour only when {@link Report#color()} is set.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final int TAB = 4;

    @Override
    public String render(Report report) {
        SourceTexts texts = SourceTexts.of(report.result().packs());
        boolean color = report.color();
        StringBuilder out = new StringBuilder();
        ReportOptions options = report.options();
        List<Finding> printed = report.result().active().stream()
                .filter(f -> TextEntries.printed(f.severity(), options.quiet())).toList();
        TextEntries.Plan plan = TextEntries.of(printed, options.limits());
        for (TextEntries.Entry entry : plan.entries()) {
            Finding f = entry.first();
            SourceSpan span = f.span();
            String severityColor = color(f.severity());
            out.append(paint(color, BOLD, span.path() + ":" + span.line() + ":" + span.column() + ":"))
                    .append(' ')
                    .append(paint(color, severityColor, f.severity().id()))
                    .append(' ')
                    .append(paint(color, DIM, f.ruleId() + "(" + f.alias() + ")"))
                    .append(' ')
                    .append(f.message())
                    .append(FixableTag.of(f))
                    .append('\n');
            Optional<String> line = texts.firstLine(span);
            if (line.isPresent()) {
                String text = line.get();
                int start = Math.min(span.columnIndex(), text.length());
                int end = span.endLineIndex() == span.lineIndex() ? Math.min(span.endColumnIndex(), text.length())
                        : text.length();
                int from = width(text, start);
                int to = Math.max(from + 1, width(text, Math.max(start, end)));
                String carets = "^" + "~".repeat(to - from - 1);
                if (span.endLineIndex() > span.lineIndex()) {
                    carets += " (to line " + span.endLine() + ")";
                }
                out.append("    ").append(expand(text)).append('\n');
                out.append("    ").append(" ".repeat(from)).append(paint(color, severityColor, carets)).append('\n');
            }
            if (entry.repeats() > 1) {
                out.append("    ").append(paint(color, DIM, "this finding repeats " + TextEntries.count(entry.repeats())
                        + " times in " + span.path() + ", first on line " + span.line() + "; see --format json for "
                        + "each")).append('\n');
            }
        }
        for (TextEntries.Cut cut : plan.cuts()) {
            out.append(paint(color, DIM, cut.ruleId() + "(" + cut.alias() + "): " + TextEntries.count(cut.hidden())
                    + " more like this; see --format json")).append('\n');
        }
        if (plan.hiddenByTotal() > 0) {
            out.append(paint(color, DIM, TextEntries.count(plan.hiddenByTotal()) + " more finding"
                    + (plan.hiddenByTotal() == 1 ? "" : "s") + " not shown (at most " + options.limits().total()
                    + " are printed; --max-findings changes it); see --format json")).append('\n');
        }
        boolean failing = report.result().active().stream().anyMatch(f -> options.fails(f.severity()));
        if (!options.quiet() || failing) {
            String line = summary(Summary.of(report.result()));
            out.append(options.targetNote().isEmpty() ? line : line + "; " + options.targetNote()).append('\n');
        }
        return out.toString();
    }

    static String summary(Summary s) {
        StringBuilder line = new StringBuilder();
        int problems = s.errors() + s.warnings() + s.infos();
        if (problems == 0) {
            line.append("no problems");
        } else {
            line.append(count(s.errors(), "error")).append(", ").append(count(s.warnings(), "warning"))
                    .append(", ").append(count(s.infos(), "info"));
        }
        line.append(" in ").append(count(s.skills(), "skill")).append(" (").append(count(s.files(), "file"))
                .append(')');
        if (s.suppressed() > 0) {
            line.append("; ").append(s.suppressed()).append(" suppressed");
        }
        return line.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String color(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[1;36m";
        };
    }

    private static String paint(boolean color, String code, String text) {
        return color ? code + text + RESET : text;
    }

    /** Display column of UTF-16 index {@code index} in {@code text}. */
    static int width(String text, int index) {
        int col = 0;
        for (int i = 0; i < index && i < text.length(); ) {
            int cp = text.codePointAt(i);
            col += cp == '\t' ? TAB - col % TAB : columns(cp);
            i += Character.charCount(cp);
        }
        return col;
    }

    static String expand(String text) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\t') {
                int n = TAB - col % TAB;
                out.append(" ".repeat(n));
                col += n;
            } else {
                out.appendCodePoint(cp);
                col += columns(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Terminal columns a code point takes: 0 for combining marks, 2 for East Asian wide ones. */
    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
