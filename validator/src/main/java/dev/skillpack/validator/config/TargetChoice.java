package dev.skillpack.validator.config;

import dev.skillpack.validator.rule.Target;
import java.util.Objects;

/**
 * The target a run uses and how it was chosen, as the report's summary says it.
 *
 * @param target the client profile
 * @param how why this one, e.g. "--target", "config .skillpack.yaml", "inferred from .claude-plugin/plugin.json"
 */
public record TargetChoice(Target target, String how) {
    /** Validates the fields. */
    public TargetChoice {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(how, "how");
    }

    // equals and hashCode are written out: the generated ones bootstrap method handles on first use,
    // and a plain validate compares the runs' choices once (a cold run's cost, not a hot one's)
    @Override
    public boolean equals(Object other) {
        return other instanceof TargetChoice choice && target == choice.target && how.equals(choice.how);
    }

    @Override
    public int hashCode() {
        return 31 * target.hashCode() + how.hashCode();
    }

    /** @return e.g. "target claude-code (inferred from .claude-plugin/plugin.json)" */
    public String note() {
        return "target " + target.id() + " (" + how + ")";
    }
}
