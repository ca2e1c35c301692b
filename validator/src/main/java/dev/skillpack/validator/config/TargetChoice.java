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

    /** @return e.g. "target claude-code (inferred from .claude-plugin/plugin.json)" */
    public String note() {
        return "target " + target.id() + " (" + how + ")";
    }
}
