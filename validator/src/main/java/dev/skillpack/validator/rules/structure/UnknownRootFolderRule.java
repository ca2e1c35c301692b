package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
import dev.skillpack.validator.analysis.ReferenceGraph;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A folder at the skill root that is not one the specification names, and that SKILL.md never leads
 * into. A non-standard folder SKILL.md links to is a deliberate layout and passes.
 */
public final class UnknownRootFolderRule implements Rule {
    private static final List<String> DEFAULT_ALLOWED = List.of("agents", "evals", "evaluations");
    private static final OptionKey<List<String>> ALLOWED_FOLDERS = OptionKey.stringList("allowed-folders",
            DEFAULT_ALLOWED, "root folders that are never reported (client metadata, evaluations)");
    private static final RuleMeta META = RuleMeta.of("SP201", "unknown-root-folder", Category.STRUCTURE,
            Severity.WARNING,
            "A folder at the skill root is not scripts/, references/ or assets/, and SKILL.md never leads into it.",
            ALLOWED_FOLDERS);
    private static final Set<String> REFERENCE_LIKE = Set.of("reference", "refs", "ref", "docs", "doc", "resources",
            "documentation");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        for (Map.Entry<String, String> folder : unreachedUnknownFolders(skill, context.analysis().references(),
                context.options().get(ALLOWED_FOLDERS)).entrySet()) {
            String name = folder.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            String advice;
            if (SkillLayout.STANDARD_FOLDERS.contains(lower)) {
                advice = "rename it to '" + lower + "/' (letter case matters on Linux) and name its files in SKILL.md";
            } else if (REFERENCE_LIKE.contains(lower) && !SkillLayout.folders(skill).contains("references")) {
                advice = "did you mean references/? Move the files there and name each one in SKILL.md";
            } else {
                advice = "name the files the agent needs in SKILL.md, or remove the folder";
            }
            context.report(SourceSpan.wholeFile(folder.getValue()), String.format("folder '%s/' is not scripts/, "
                    + "references/ or assets/, and SKILL.md never leads into it; %s", name, advice));
        }
    }

    /** @return the root folders allowed by default */
    static List<String> defaultAllowed() {
        return DEFAULT_ALLOWED;
    }

    /**
     * @param skill a skill
     * @param graph its graph
     * @param allowed root folders never reported
     * @return non-standard, non-allowed root folders none of whose files is reached: name to display path
     */
    static Map<String, String> unreachedUnknownFolders(Skill skill, ReferenceGraph graph, List<String> allowed) {
        Map<String, String> display = new LinkedHashMap<>();
        Map<String, Boolean> anyReached = new LinkedHashMap<>();
        for (Resource r : SkillLayout.files(skill)) {
            String top = SkillLayout.topFolder(r.relativePath());
            if (top.isEmpty() || SkillLayout.STANDARD_FOLDERS.contains(top) || allowed.contains(top)) {
                continue;
            }
            display.putIfAbsent(top, SkillLayout.folderDisplayPath(skill, r, top));
            anyReached.merge(top, graph.reached(r.relativePath()), Boolean::logicalOr);
        }
        display.keySet().removeIf(anyReached::get);
        return display;
    }
}
