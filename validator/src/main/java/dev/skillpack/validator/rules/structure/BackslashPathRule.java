package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.validator.analysis.prose.ProseMask;
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.write.TextEdit;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Fix;
import dev.skillpack.validator.rule.FixKind;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A path to a skill file written with backslashes ({@code scripts\fill.py}): it works only on Windows,
 * and agents mostly run on Linux or macOS. Other backslashes (regular expressions, Windows examples
 * such as {@code C:\Users\dev\app.pdb}, or a "don't write scripts\x.py" example) are left alone: only
 * links and paths that name one of the skill's own files are reported.
 */
public final class BackslashPathRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP211", "backslash-path", Category.STRUCTURE,
            Severity.WARNING, "A path to a skill file uses backslashes.");
    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w.\\\\-])(?:[\\w.-]+\\\\{1,2})+[\\w.-]+\\.[A-Za-z0-9]{1,6}(?![\\w\\\\])");
    private static final Pattern BACKSLASHES = Pattern.compile("\\\\+");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public FixKind fixKind() {
        return FixKind.SAFE_OR_UNSAFE;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Set<String> files = skill.resources().stream().map(r -> r.relativePath().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (MarkdownDocument doc : skill.markdownFiles()) {
            if (SkillLayout.ignored(doc.file().relativePath())) {
                continue;
            }
            String text = doc.file().text();
            for (Link link : doc.links()) {
                if (link.destination().indexOf('\\') >= 0) {
                    link(text, link, context);
                }
            }
            if (text.indexOf('\\', doc.bodyOffset()) < 0) {
                continue; // every path the pattern finds holds a backslash
            }
            ProseMask regions = context.analysis().proseMask(doc);
            String folder = folderOf(doc.file().relativePath());
            // a match holds a backslash and never spans a line, so only lines with a backslash are searched
            // (one region per line: the look-arounds see nothing or a line feed past its ends, as before)
            Matcher m = PATH.matcher(text);
            for (int slash = text.indexOf('\\', doc.bodyOffset()); slash >= 0; ) {
                int newline = text.indexOf('\n', slash);
                m.region(Math.max(doc.bodyOffset(), text.lastIndexOf('\n', slash) + 1),
                        newline < 0 ? text.length() : newline);
                slash = newline < 0 ? -1 : text.indexOf('\\', newline);
                while (m.find()) {
                    int start = m.start();
                    if (regions.inLinkOrHtml(start) && !regions.inCodeBlock(start)) {
                        continue;
                    }
                    boolean code = regions.inCodeBlock(start) || regions.inCodeSpan(start);
                    String written = m.group();
                    if (!code && markdownEscape(written)) {
                        continue;
                    }
                    String forward = BACKSLASHES.matcher(written).replaceAll("/");
                    String lower = forward.toLowerCase(Locale.ROOT);
                    boolean ours = files.contains(lower) || files.contains(join(folder, lower));
                    if (!ours) {
                        continue;
                    }
                    List<TextEdit> edits = edits(text, start, m.end());
                    boolean inBlock = regions.inCodeBlock(start);
                    context.report(doc.file().lines().span(start, m.end() - start), String.format("'%s' uses backslashes; "
                            + "write '%s', which works on every platform", written, forward),
                            new Fix("replace the backslashes with forward slashes", !inBlock, edits));
                }
            }
        }
    }

    private static void link(String text, Link link, RuleContext context) {
        String raw = text.substring(link.span().offset(), link.span().endOffset());
        String destination = link.destination();
        int at = raw.lastIndexOf(destination);
        String forward = BACKSLASHES.matcher(destination).replaceAll("/");
        String message = String.format("link '%s' uses backslashes; write '%s', which works on every platform",
                destination, forward);
        if (at < 0) {
            context.report(link.span(), message);
            return;
        }
        int start = link.span().offset() + at;
        context.report(link.span(), message, new Fix("replace the backslashes with forward slashes", true,
                edits(text, start, start + destination.length())));
    }

    /** One edit per run of backslashes, so nothing else in the path changes. */
    private static List<TextEdit> edits(String text, int start, int end) {
        List<TextEdit> edits = new ArrayList<>();
        Matcher runs = BACKSLASHES.matcher(text).region(start, end);
        while (runs.find()) {
            edits.add(new TextEdit(runs.start(), runs.end() - runs.start(), "/"));
        }
        return edits;
    }

    /** In prose, a backslash before punctuation ({@code \_}) escapes it; that is Markdown, not a path. */
    private static boolean markdownEscape(String written) {
        for (int i = 0; i < written.length() - 1; i++) {
            if (written.charAt(i) == '\\' && !Character.isLetterOrDigit(written.charAt(i + 1))
                    && written.charAt(i + 1) != '\\') {
                return true;
            }
        }
        return false;
    }

    static String folderOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    private static String join(String folder, String path) {
        return folder.isEmpty() ? path : folder.toLowerCase(Locale.ROOT) + "/" + path;
    }
}
