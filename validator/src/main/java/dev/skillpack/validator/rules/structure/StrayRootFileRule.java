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
import java.util.regex.Pattern;

/**
 * A file at the skill root, other than SKILL.md, that is written for people (README, CHANGELOG) or that
 * SKILL.md never leads to. Licences and the manifests scripts install from are expected there.
 */
public final class StrayRootFileRule implements Rule {
    private static final OptionKey<List<Glob>> EXEMPT = OptionKey.stringList("exempt", List.of("LICEN[CS]E*", "NOTICE*",
            "COPYING*"), "globs of root file names never reported (case-insensitive)") .map(globs -> globs.stream()
            .map(g -> Glob.compile(g.toLowerCase(java.util.Locale.ROOT))).toList());
    private static final RuleMeta META = RuleMeta.of("SP202", "stray-root-file", Category.STRUCTURE,
            Severity.WARNING, "A file at the skill root is written for people, or SKILL.md never leads to it.",
            EXEMPT);
    /** Files that tell people about the project; an agent does not need them. */
    private static final Pattern FOR_PEOPLE = Pattern.compile(
            "(?i)(?:readme|changelog|changes|history|contributing|code_of_conduct|install|authors|owners|"
                    + "agents|claude)(?:\\.(?:md|markdown|txt|rst|adoc))?");
    /** Dependency manifests that scripts are installed from; tools read them, not the agent. */
    private static final Pattern MANIFEST = Pattern.compile(
            "(?i)requirements[\\w.-]*\\.txt|package(?:-lock)?\\.json|pyproject\\.toml|uv\\.lock|poetry\\.lock|"
                    + "pipfile(?:\\.lock)?|setup\\.(?:py|cfg)|gemfile(?:\\.lock)?|go\\.(?:mod|sum)|"
                    + "cargo\\.(?:toml|lock)|tsconfig\\.json|yarn\\.lock|pnpm-lock\\.yaml|bun\\.lockb?|makefile");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        ReferenceGraph graph = context.analysis().references();
        List<Glob> exempt = context.options().get(EXEMPT);
        for (Resource r : SkillLayout.files(skill)) {
            String name = r.relativePath();
            if (name.contains("/") || SkillLayout.isSkillFile(skill, name) || graph.reached(name)
                    || exempt.stream().anyMatch(m -> m.matches(name.toLowerCase(java.util.Locale.ROOT)))
                    || MANIFEST.matcher(name).matches()) {
                continue;
            }
            if (FOR_PEOPLE.matcher(name).matches()) {
                context.report(SourceSpan.wholeFile(r.path()), String.format("%s is written for people, not for the "
                        + "agent; keep it out of the skill folder (the repository can hold it one level up)", name));
            } else {
                context.report(SourceSpan.wholeFile(r.path()), String.format("%s sits at the skill root and SKILL.md "
                        + "never leads to it; name it in SKILL.md where the agent needs it, move it into references/, "
                        + "scripts/ or assets/, or remove it", name));
            }
        }
    }
}
