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
 * SP503: {@code metadata.version} is lower than a version already released (tagged on any branch). The
 * next release would reuse or undercut a released version.
 */
public final class VersionBackwardsRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP503", "version-went-backwards", Category.HISTORY,
            Severity.ERROR, "metadata.version is lower than a version already released.");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        Optional<ReleaseFacts> facts = context.releaseFacts();
        Optional<SemanticVersion> current = Versions.parsed(skill);
        if (facts.isEmpty() || facts.get().highestRelease().isEmpty() || current.isEmpty()) {
            return;
        }
        ReleaseTag highest = facts.get().highestRelease().get();
        if (current.get().compareTo(highest.version()) < 0) {
            context.report(Versions.span(skill), "metadata.version " + current.get() + " is lower than "
                    + highest.version() + ", already released as tag " + highest.tagName() + "; versions only go "
                    + "up, set it to " + highest.version() + " or higher");
        }
    }
}
