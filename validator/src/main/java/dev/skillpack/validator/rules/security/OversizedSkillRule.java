package dev.skillpack.validator.rules.security;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.OptionKey;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;

/**
 * SP435: a skill too big to review: a single file above {@code max-file-bytes}, or more files than
 * {@code max-files}. Size is where things hide (a 40 MB "dataset", 3,000 generated files), and huge
 * inputs are also how tools and agents are slowed down or knocked over.
 */
public final class OversizedSkillRule implements Rule {
    private static final OptionKey<Integer> MAX_FILE_BYTES = OptionKey.integer("max-file-bytes", 5_000_000,
            "largest file accepted, in bytes");
    private static final OptionKey<Integer> MAX_FILES = OptionKey.integer("max-files", 500,
            "most files one skill may hold");
    private static final RuleMeta META = RuleMeta.of("SP435", "oversized-skill", Category.SECURITY, Severity.WARNING,
            "A file of the skill is very large, or the skill holds very many files, too much to review.",
            MAX_FILE_BYTES, MAX_FILES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        long maxBytes = context.options().get(MAX_FILE_BYTES);
        int maxFiles = context.options().get(MAX_FILES);
        for (Resource r : skill.resources()) {
            if (r.size() > maxBytes) {
                context.report(SourceSpan.wholeFile(r.path()), String.format(java.util.Locale.ROOT, "%s is %,d bytes (the limit is %,d); "
                        + "nobody reviews a file that size: ship it separately or cut it down", r.relativePath(),
                        r.size(), maxBytes));
            }
        }
        boolean truncated = skill.problems().stream().map(ParseProblem::code).anyMatch(c -> c == ProblemCode.TOO_MANY_FILES);
        int files = skill.resources().size();
        if (files > maxFiles || truncated) {
            context.report(SourceSpan.wholeFile(skill.skillFile().path()), String.format(java.util.Locale.ROOT, "the skill holds %s%,d files "
                    + "(the limit is %,d); nobody reviews that many: move generated or bulk data out of the skill",
                    truncated ? "more than " : "", files, maxFiles));
        }
    }
}
