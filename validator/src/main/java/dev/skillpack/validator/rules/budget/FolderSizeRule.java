package dev.skillpack.validator.rules.budget;

import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import dev.skillpack.validator.analysis.SkillLayout;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The skill folder stays under the size clients accept for an uploaded skill. */
public final class FolderSizeRule implements Rule {
    private static final OptionKey<Integer> MAX_BYTES = OptionKey.integer("max-bytes", 8 * 1024 * 1024,
            "largest total size of the skill's files, in bytes");
    private static final RuleMeta META = RuleMeta.of("SP108", "folder-size", Category.BUDGET, Severity.WARNING,
            "The skill folder is larger than clients accept.",
            MAX_BYTES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        long max = context.options().get(MAX_BYTES);
        List<Resource> files = SkillLayout.files(skill);
        long total = files.stream().mapToLong(Resource::size).sum();
        if (total <= max) {
            return;
        }
        String largest = files.stream().sorted(Comparator.comparingLong(Resource::size).reversed()).limit(3)
                .map(r -> r.relativePath() + " " + TokenBudget.size(r.size())).collect(Collectors.joining(", "));
        context.report(SourceSpan.wholeFile(skill.skillFile().path()), String.format("the skill's %s total%s %s; "
                + "the limit is %s, the largest skill Claude accepts for upload — remove or shrink the largest files "
                + "(%s)", files.size() == 1 ? "1 file" : files.size() + " files", files.size() == 1 ? "s" : "",
                TokenBudget.size(total), TokenBudget.size(max), largest));
    }
}
