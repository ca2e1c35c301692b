package dev.skillpack.validator.report;

import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.text.UntrustedText;
import dev.skillpack.validator.engine.SourceTexts;
import dev.skillpack.validator.rule.Finding;
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
 * rule and in all ({@link TextLimits}); {@code --quiet} prints errors only. The code frame is a
 * {@link CodeFrame}. Paths, rule names and messages are untrusted: control, bidirectional and
 * invisible characters in them are shown as &#92;u001b-style escapes, so nothing a skill holds can move
 * the cursor, retitle the terminal or start a CI workflow command. Colour only when
 * {@link Report#color()} is set.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

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
            String location = UntrustedText.noWorkflowCommand(UntrustedText.line(span.path()) + ":" + span.line()
                    + ":" + span.column() + ":");
            out.append(paint(color, BOLD, location))
                    .append(' ')
                    .append(paint(color, severityColor, f.severity().id()))
                    .append(' ')
                    .append(paint(color, DIM, UntrustedText.line(f.ruleId() + "(" + f.alias() + ")")))
                    .append(' ')
                    .append(UntrustedText.line(f.message()))
                    .append(FixableTag.of(f))
                    .append('\n');
            // a finding on a whole file (an empty span) over a blank first line has nothing to point at
            Optional<String> line = texts.firstLine(span).filter(l -> span.length() > 0 || !l.isBlank());
            if (line.isPresent()) {
                String text = line.get();
                boolean multiLine = span.endLineIndex() > span.lineIndex();
                CodeFrame frame = CodeFrame.of(text, span.columnIndex(), multiLine ? text.length()
                        : span.endColumnIndex());
                String carets = "^" + "~".repeat(frame.to() - frame.from() - 1);
                if (multiLine) {
                    carets += " (to line " + span.endLine() + ")";
                }
                out.append("    ").append(frame.text()).append('\n');
                out.append("    ").append(" ".repeat(frame.from())).append(paint(color, severityColor, carets))
                        .append('\n');
            }
            if (entry.repeats() > 1) {
                out.append("    ").append(paint(color, DIM, "this finding repeats " + TextEntries.count(entry.repeats())
                        + " times in " + UntrustedText.line(span.path()) + ", first on line " + span.line() + "; see --format json for "
                        + "each")).append('\n');
            }
        }
        for (TextEntries.Cut cut : plan.cuts()) {
            out.append(paint(color, DIM, UntrustedText.line(cut.ruleId() + "(" + cut.alias() + ")") + ": " + TextEntries.count(cut.hidden())
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
        return s.sentence();
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
}
