package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.validator.analysis.ReferenceGraph;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Glob;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A document or script that nothing leads to: SKILL.md never names it, nor does any file SKILL.md
 * leads to, so the agent will never read or run it. Root files, files under {@code references/} and
 * unreached non-standard folders have rules of their own (SP202, SP215, SP201).
 */
public final class UnreachedFileRule implements Rule {
    private static final OptionKey<Boolean> ALL_FILES = OptionKey.bool("all-files", false,
            "also report data files (templates, schemas, images, fonts), which scripts often open by computed paths");
    private static final OptionKey<List<Glob>> EXCLUDE = OptionKey.globs("exclude", List.of(),
            "globs of skill-relative paths never reported");
    private static final RuleMeta META = RuleMeta.of("SP204", "unreached-file", Category.STRUCTURE,
            Severity.WARNING, "A document or script is never named by SKILL.md or by any file it leads to.",
            ALL_FILES, EXCLUDE);
    private static final Set<String> DOCUMENTS = Set.of("md", "markdown", "txt", "rst", "adoc");
    private static final Set<String> SCRIPTS = Set.of("py", "sh", "bash", "zsh", "js", "mjs", "cjs", "ts", "rb",
            "pl", "php", "ps1", "go", "java", "kt", "swift", "r", "lua");
    /** Tests, evaluations, package markers, notes for people, licences and manifests. */
    private static final Pattern BUILT_IN_EXEMPT = Pattern.compile("(?i)(?:.*/)?(?:"
            + "(?:tests?|evals?|evaluations|testdata|__tests__)/.*|test_[^/]*|[^/]*_test\\.[^/]+|conftest\\.py|"
            + "__init__\\.py|readme(?:\\.[^/]*)?|changelog(?:\\.[^/]*)?|licen[cs]e(?:[.-][^/]*)?|notice(?:\\.[^/]*)?|"
            + "copying(?:\\.[^/]*)?|requirements[^/]*\\.txt)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        ReferenceGraph graph = context.analysis().references();
        boolean allFiles = context.options().get(ALL_FILES);
        List<Glob> exclude = context.options().get(EXCLUDE);
        Set<String> coveredFolders = UnknownRootFolderRule.unreachedUnknownFolders(skill, graph,
                UnknownRootFolderRule.defaultAllowed()).keySet();
        for (Resource r : SkillLayout.files(skill)) {
            String path = r.relativePath();
            String top = SkillLayout.topFolder(path);
            if (graph.reached(path) || top.isEmpty() || top.equals("references") || top.equals("agents")
                    || coveredFolders.contains(top) || BUILT_IN_EXEMPT.matcher(path).matches()
                    || exclude.stream().anyMatch(m -> m.matches(path))) {
                continue;
            }
            String extension = SkillLayout.extension(path);
            boolean document = DOCUMENTS.contains(extension);
            boolean script = SCRIPTS.contains(extension) && (!top.equals("scripts") || path.indexOf('/') == path
                    .lastIndexOf('/'));
            if (document || script || allFiles) {
                context.report(SourceSpan.wholeFile(r.path()), String.format("%s is never named in SKILL.md or in any "
                        + "file it leads to, so the agent will not %s it; name it where it is needed, or remove it",
                        path, script ? "run" : "read"));
            }
        }
    }
}
