package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.validator.analysis.prose.ProseMask;
import dev.skillpack.core.model.InlineCode;
import dev.skillpack.core.model.Link;
import dev.skillpack.core.model.LinkTarget;
import dev.skillpack.core.model.MarkdownDocument;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A document of the skill named in prose by its bare path ({@code see references/flask.md}) where
 * a link would let renderers and agents follow it. Scripts are left out: they are run, not read.
 * The fix wraps the path in a link to itself.
 */
public final class UnlinkedPathRule implements Rule {
    private static final OptionKey<Boolean> INCLUDE_CODE_SPANS = OptionKey.bool("include-code-spans", false,
            "also report paths written as code spans, such as `references/flask.md`");
    private static final RuleMeta META = RuleMeta.of("SP214", "unlinked-path", Category.STRUCTURE, Severity.INFO,
            "A document of the skill is named by a bare path instead of a link.",
            INCLUDE_CODE_SPANS);
    private static final Set<String> DOCUMENTS = Set.of("md", "markdown", "txt", "rst", "adoc");

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
        boolean codeSpans = context.options().get(INCLUDE_CODE_SPANS);
        Map<String, String> documents = new HashMap<>();
        for (Resource r : SkillLayout.files(skill)) {
            String name = SkillLayout.fileName(r.relativePath());
            int dot = name.lastIndexOf('.');
            if (dot > 0 && DOCUMENTS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                    && !SkillLayout.isSkillFile(skill, r.relativePath())) {
                documents.put(r.relativePath().toLowerCase(Locale.ROOT), r.relativePath());
            }
        }
        if (documents.isEmpty()) {
            return;
        }
        for (MarkdownDocument doc : skill.markdownFiles()) {
            if (!SkillLayout.ignored(doc.file().relativePath())) {
                check(doc, documents, codeSpans, context);
            }
        }
    }

    private static void check(MarkdownDocument doc, Map<String, String> documents, boolean codeSpans,
                              RuleContext context) {
        String folder = BackslashPathRule.folderOf(doc.file().relativePath()).toLowerCase(Locale.ROOT);
        Set<String> linked = new HashSet<>();
        for (Link link : doc.links()) {
            if (link.target().kind() == LinkTarget.Kind.FILE) {
                linked.add(link.target().path());
            }
        }
        ProseMask regions = context.analysis().proseMask(doc);
        String text = doc.file().text();
        Set<String> reported = new HashSet<>();
        int i = doc.bodyOffset();
        while (i < text.length()) {
            if (!pathChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && pathChar(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > start && text.charAt(end - 1) == '.') {
                end--;
            }
            if (start > 0 && (text.charAt(start - 1) == ':' || text.charAt(start - 1) == '\\')
                    || !regions.inProse(start)) {
                continue;
            }
            String written = text.substring(start, end);
            resolve(folder, written, documents).filter(p -> !linked.contains(p) && reported.add(p)).ifPresent(p -> {
                String target = relative(folder, p, written);
                context.report(doc.file().lines().span(start, written.length()), message(written, target),
                        new Fix("link the path", true, List.of(new TextEdit(start, written.length(),
                                "[" + target + "](" + target + ")"))));
            });
        }
        if (codeSpans) {
            for (InlineCode code : doc.inlineCode()) {
                String written = code.code().strip();
                resolve(folder, written, documents).filter(p -> !linked.contains(p) && reported.add(p)).ifPresent(p -> {
                    String target = relative(folder, p, written);
                    String shown = target.equals(written) ? text.substring(code.span().offset(),
                            code.span().endOffset()) : "`" + target + "`";
                    context.report(code.span(), message(written, target), new Fix("link the path", true,
                            List.of(new TextEdit(code.span().offset(), code.span().length(),
                                    "[" + shown + "](" + target + ")"))));
                });
            }
        }
    }

    private static String message(String written, String target) {
        if (!written.equals(target)) {
            return String.format("'%s' names %s in different letter case, which fails on Linux, and is not linked; "
                    + "write [%s](%s)", written, target, target, target);
        }
        return String.format("'%s' is named but not linked; write [%s](%s) so agents and readers can follow it",
                written, written, written);
    }

    /** The path as it should be written from the document's folder, in the file's own letter case. */
    private static String relative(String folder, String actual, String written) {
        String prefix = written.startsWith("./") ? "./" : "";
        String fromFolder = folder.isEmpty() ? actual : actual.substring(folder.length() + 1);
        return prefix + fromFolder;
    }

    private static Optional<String> resolve(String folder, String written, Map<String, String> documents) {
        if (written.indexOf('.') < 0 || written.startsWith("/") || written.contains("//")) {
            return Optional.empty();
        }
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.startsWith("./")) {
            lower = lower.substring(2);
        }
        String relative = folder.isEmpty() ? lower : folder + "/" + lower;
        String found = documents.get(relative);
        return Optional.ofNullable(found);
    }

    private static boolean pathChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/';
    }
}
