package dev.skillpack.validator.rules.structure;

import dev.skillpack.validator.analysis.SkillLayout;
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
import java.util.Map;

/** A folder inside {@code references/} or {@code assets/}: the spec expects these folders flat. */
public final class NestedFolderRule implements Rule {
    private static final OptionKey<List<String>> FOLDERS = OptionKey.stringList("folders", List.of("references",
            "assets"), "standard folders that should hold files only (scripts/ is left out: Python packages nest)");
    private static final RuleMeta META = RuleMeta.of("SP203", "nested-folder", Category.STRUCTURE, Severity.INFO,
            "A folder is nested inside references/ or assets/.",
            FOLDERS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        List<String> folders = context.options().get(FOLDERS);
        Map<String, String> nested = new LinkedHashMap<>();
        for (Resource r : SkillLayout.files(skill)) {
            String[] parts = r.relativePath().split("/");
            if (parts.length > 2 && folders.contains(parts[0])) {
                String folder = parts[0] + "/" + parts[1];
                nested.putIfAbsent(folder, SkillLayout.folderDisplayPath(skill, r, folder));
            }
        }
        nested.forEach((folder, display) -> context.report(SourceSpan.wholeFile(display), String.format(
                "%s/ is a folder inside %s/; keep files directly in %s/ so their paths stay short and easy to name",
                folder, folder.substring(0, folder.indexOf('/')), folder.substring(0, folder.indexOf('/')))));
    }
}
