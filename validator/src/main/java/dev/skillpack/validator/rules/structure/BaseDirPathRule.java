package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.MarkdownDocument;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SP222: a path under {@code {baseDir}} (the skill's folder, which clients such as Claude Code substitute
 * before the agent reads the file) names a file or folder the skill does not have. It is the same mistake as a
 * broken link, but in a command ({@code uv run {baseDir}/scripts/check.py}) it fails only when the agent
 * runs it. Paths with a placeholder or a wildcard ({@code {baseDir}/references/<lang>.md}, {@code *.py})
 * are left alone, and so are places to write to: a path after "output", "write", "save", "create",
 * "generate", {@code mkdir} or a redirect on the same line is something the agent makes.
 */
public final class BaseDirPathRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP222", "basedir-path-missing", Category.STRUCTURE,
            Severity.ERROR, "A {baseDir}/... path names a file or folder the skill does not have.");
    /** {@code {baseDir}/} (any letter case, also {@code ${baseDir}}) and the path written after it. */
    private static final Pattern PATH = Pattern.compile("\\$?\\{baseDir\\}/([A-Za-z0-9._~+@/-]*[A-Za-z0-9_/+-])"
            + "(?=$|[^A-Za-z0-9._~+@/<>{}*?\\[$%-]|\\.(?:$|[\\s)\\]'\"`,;:]))", Pattern.CASE_INSENSITIVE);

    private static final Pattern OUTPUT = Pattern.compile("(?i)\\b(?:output|outputs|write|writes|save|saves|"
            + "create|creates|generate|generates|mkdir|touch)\\b|>\\s*[`'\"]?$");

    /**
     * Every match of {@link #PATH} holds "{baseDir}/" in some letter case; a text without it is not
     * searched (regionMatches folds case at least as widely as the pattern, so nothing is missed).
     */
    private static boolean mayHoldBaseDir(String text, int from) {
        for (int at = text.indexOf('{', from); at >= 0; at = text.indexOf('{', at + 1)) {
            if (text.regionMatches(true, at, "{baseDir}/", 0, 10)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Set<String> files = new HashSet<>();
        for (Resource r : skill.resources()) {
            files.add(r.relativePath());
        }
        Set<String> folders = new HashSet<>();
        for (String f : files) {
            for (int slash = f.indexOf('/'); slash >= 0; slash = f.indexOf('/', slash + 1)) {
                folders.add(f.substring(0, slash));
            }
        }
        for (MarkdownDocument doc : skill.markdownFiles()) {
            if (SkillLayout.ignored(doc.file().relativePath())) {
                continue;
            }
            String text = doc.file().text();
            if (!mayHoldBaseDir(text, doc.bodyOffset())) {
                continue;
            }
            Matcher m = PATH.matcher(text);
            m.region(doc.bodyOffset(), text.length());
            while (m.find()) {
                String written = m.group(1);
                String path = normalise(written);
                if (path.isEmpty() || path.startsWith("..") || files.contains(path) || folders.contains(path)) {
                    continue;
                }
                int lineStart = text.lastIndexOf('\n', m.start()) + 1;
                if (OUTPUT.matcher(text.substring(lineStart, m.start())).find()) {
                    continue;
                }
                Optional<String> otherCase = files.stream().filter(f -> f.equalsIgnoreCase(path)).findFirst();
                String whole = text.substring(m.start(), m.end());
                context.report(doc.file().lines().span(m.start(), m.end() - m.start()), otherCase
                        .map(p -> String.format(Locale.ROOT, "'%s' names a file the skill does not have; the file "
                                + "is %s and letter case matters on Linux", whole, p))
                        .orElse(String.format(Locale.ROOT, "'%s' names a file or folder the skill does not have "
                                + "({baseDir} is the skill's folder); fix the path or add the file", whole)));
            }
        }
    }

    private static String normalise(String written) {
        String path = written;
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.replace("/./", "/");
    }
}
