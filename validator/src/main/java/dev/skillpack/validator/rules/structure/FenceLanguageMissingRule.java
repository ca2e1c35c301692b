package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.core.model.CodeExample;
import dev.skillpack.core.model.MarkdownDocument;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fenced code block without a language. By default only files named for a language or framework are
 * checked, and only blocks that show a keyword or construct of that language (not shell sessions, data,
 * output, bytecode or directory trees, which need no label); the fix writes the file's language. With
 * {@code all-files}, every unlabelled fence of every Markdown file is reported.
 */
public final class FenceLanguageMissingRule implements Rule {
    private static final OptionKey<Boolean> ALL_FILES = OptionKey.bool("all-files", false,
            "check every Markdown file, not only files named for a language or framework");
    private static final RuleMeta META = RuleMeta.of("SP219", "fence-language-missing", Category.STRUCTURE,
            Severity.INFO, "A code fence has no language.",
            ALL_FILES,
            FrameworkLanguages.FRAMEWORKS, FrameworkLanguages.NEUTRAL_LANGUAGES);
    /** First lines of blocks that are shell sessions, data, markup, trees or protocol text rather than code. */
    private static final Pattern NEUTRAL_LOOKING = Pattern.compile("(?s)\\s*(?:[$>#%{\\[<|+]|[├└│─]|"
            + "(?:GET|POST|PUT|PATCH|DELETE|HTTP/)\\s|[\\w.-]+:\\s|(?:pip3?|npm|npx|yarn|pnpm|gem|bundle|composer|"
            + "dotnet|mvn|gradle|go|cargo|rails|python3?|node|php|java|curl|git|cd|ls|export|docker)\\s|"
            + "[\\w./-]+/\\s*$).*");

    private static final Map<String, Pattern> SIGNATURES = Map.ofEntries(
            Map.entry("python", Pattern.compile("(?m)^\\s*(?:def |class \\w+.*:|import \\w|from [\\w.]+ import |"
                    + "@\\w+|return\\b|if .*:$|for .* in .*:$|with .*:$|async def )|print\\(")),
            Map.entry("ruby", Pattern.compile("(?m)^\\s*(?:def \\w|class [A-Z]|module [A-Z]|require |end$|"
                    + "\\w+\\.each do|puts )")),
            Map.entry("php", Pattern.compile("<\\?php|\\$\\w+\\s*=|->\\w+\\(|\\bfunction \\w+\\(|\\bnamespace [A-Z]")),
            Map.entry("csharp", Pattern.compile("(?m)^\\s*(?:using [A-Z][\\w.]*;|namespace |public |private |"
                    + "var \\w+ = |\\[[A-Z]\\w+.*\\]$)|\\bnew [A-Z]\\w*\\(|\\bawait ")),
            Map.entry("java", Pattern.compile("(?m)^\\s*(?:import [a-z][\\w.]*;|package [a-z]|public |private |"
                    + "@[A-Z]\\w+)|\\bnew [A-Z]\\w*\\(")),
            Map.entry("kotlin", Pattern.compile("(?m)^\\s*(?:fun |val |var |import [a-z]|class |@[A-Z]\\w+)")),
            Map.entry("javascript", Pattern.compile("(?m)^\\s*(?:const |let |var |function |import |export |"
                    + "module\\.exports)|require\\(|=>")),
            Map.entry("typescript", Pattern.compile("(?m)^\\s*(?:const |let |function |import |export |interface |"
                    + "type \\w+ =)|=>")),
            Map.entry("go", Pattern.compile("(?m)^\\s*(?:func |package |import |type \\w+ struct)|:=")),
            Map.entry("rust", Pattern.compile("(?m)^\\s*(?:fn |let |use |impl |pub |struct |#\\[)")));

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
        boolean allFiles = context.options().get(ALL_FILES);
        FrameworkLanguages languages = FrameworkLanguages.of(context.options());
        for (MarkdownDocument doc : skill.markdownFiles()) {
            String path = doc.file().relativePath();
            if (SkillLayout.ignored(path)) {
                continue;
            }
            Optional<Map.Entry<String, List<String>>> framework = SkillLayout.isSkillFile(skill, path)
                    ? Optional.empty() : languages.match(path);
            if (framework.isEmpty() && !allFiles) {
                continue;
            }
            for (CodeExample code : doc.codeExamples()) {
                if (!code.fenced() || !code.info().isBlank()) {
                    continue;
                }
                if (framework.isPresent()) {
                    String language = framework.get().getValue().get(0);
                    String message = String.format("code fence has no language; %s is named for %s, so label it "
                            + "```%s (or ```text for output)", path, framework.get().getKey(), language);
                    if (NEUTRAL_LOOKING.matcher(firstLine(code.code())).matches()
                            || !looksLike(language, code.code())) {
                        if (allFiles) {
                            context.report(Fences.fenceSpan(doc, code), message);
                        }
                    } else {
                        context.report(Fences.fenceSpan(doc, code), message, new Fix("label the fence " + language,
                                false, List.of(new TextEdit(Fences.afterFence(doc, code), 0, language))));
                    }
                } else {
                    context.report(Fences.fenceSpan(doc, code), "code fence has no language; label it with the "
                            + "language of the code (```python, ```bash, or ```text for plain output)");
                }
            }
        }
    }

    /**
     * Whether the code shows a keyword or construct of the language, so that labelling it is safe to
     * suggest: compiler output and bytecode listings in a Python reference are not Python.
     */
    private static boolean looksLike(String language, String code) {
        Pattern signature = SIGNATURES.get(language);
        return signature != null && signature.matcher(code).find();
    }

    private static String firstLine(String code) {
        for (String line : code.split("\n", -1)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }
}
