package dev.skillpack.validator.rules.history;

import dev.skillpack.core.history.ReleaseFacts;
import dev.skillpack.core.history.ReleaseTag;
import dev.skillpack.core.history.SemanticVersion;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;

/**
 * SP501: the skill's files differ from its last release tag, but {@code metadata.version} was not raised,
 * so two different skills carry one version. Agents and packs that pin a version get content nobody
 * released.
 */
public final class UnreleasedChangeRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP501", "unreleased-change", Category.HISTORY,
            Severity.WARNING, "The skill changed since its last release tag but metadata.version was not raised.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<ReleaseFacts> facts = context.releaseFacts();
        if (facts.isEmpty() || facts.get().lastRelease().isEmpty() || !facts.get().changedSinceRelease()) {
            return;
        }
        ReleaseTag last = facts.get().lastRelease().get();
        Optional<SemanticVersion> current = Versions.parsed(skill);
        if (current.isPresent() && current.get().compareTo(last.version()) != 0) {
            return; // raised: fine; lowered: SP503 says so
        }
        if (Versions.written(skill).isPresent() && current.isEmpty()) {
            return; // SP502 says what is wrong with it
        }
        String now = Versions.written(skill).map(v -> "is still " + v).orElse("is missing");
        context.report(Versions.span(skill), "the skill changed since its release " + last.tagName() + " but "
                + "metadata.version " + now + "; raise it to " + last.version().bump(dev.skillpack.core.history.Bump.PATCH)
                + " or higher (skillpack release infers the bump from the section diff)");
    }
}
