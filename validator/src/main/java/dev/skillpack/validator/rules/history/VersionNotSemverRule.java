package dev.skillpack.validator.rules.history;

import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.Optional;

/**
 * SP502: {@code metadata.version} is not a semantic version, so releases cannot be ordered, bumped or
 * tagged as {@code <name>/v<version>}. Checked in git repositories only, like every history rule.
 */
public final class VersionNotSemverRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP502", "version-not-semver", Category.HISTORY,
            Severity.WARNING, "metadata.version is not a semantic version (MAJOR.MINOR.PATCH).");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkSkill(Skill skill, RuleContext context) {
        if (context.releaseFacts().isEmpty()) {
            return;
        }
        Optional<String> written = Versions.written(skill);
        if (written.isPresent() && Versions.parsed(skill).isEmpty()) {
            String hint = written.get().matches("[vV]\\d+\\.\\d+\\.\\d+.*") ? "; drop the leading 'v'"
                    : written.get().matches("\\d+(\\.\\d+)?") ? "; write all three parts, e.g. "
                    + (written.get().contains(".") ? written.get() + ".0" : written.get() + ".0.0") : "";
            context.report(Versions.span(skill), "metadata.version '" + written.get() + "' is not a semantic version "
                    + "(MAJOR.MINOR.PATCH such as 1.2.0)" + hint);
        }
    }
}
