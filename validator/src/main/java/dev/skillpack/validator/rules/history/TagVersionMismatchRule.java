package dev.skillpack.validator.rules.history;

import dev.skillpack.core.history.ReleaseFacts;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;

/**
 * SP504: a release tag {@code <name>/v<version>} points at a commit whose SKILL.md says another
 * {@code metadata.version} (or none): whoever installs the tag gets a skill that names a different
 * version. Usually the tag was made before the version was raised, or on the wrong commit.
 */
public final class TagVersionMismatchRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP504", "tag-version-mismatch", Category.HISTORY,
            Severity.WARNING, "A release tag points at a commit whose metadata.version is another version.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<ReleaseFacts> facts = context.releaseFacts();
        if (facts.isEmpty()) {
            return;
        }
        for (ReleaseFacts.TagMismatch mismatch : facts.get().mismatches()) {
            String there = mismatch.writtenVersion().map(v -> "metadata.version is " + v)
                    .orElse("SKILL.md has no metadata.version");
            context.report(Versions.span(skill), "tag " + mismatch.tag().tagName() + " points at commit "
                    + mismatch.tag().commit().shortId() + ", where " + there + "; move the tag to the commit that "
                    + "sets version " + mismatch.tag().version() + " (skillpack release writes both together)");
        }
    }
}
