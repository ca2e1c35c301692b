package dev.skillpack.validator;

import dev.skillpack.validator.rule.Severity;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one rule.
 *
 * @param enabled whether the rule runs
 * @param severityOverride the severity to use instead of the default, or {@code null} for the default
 * @param options option values, converted to their declared types
 */
public record RuleConfig(boolean enabled, Severity severityOverride, Map<String, Object> options) {
    /** Enabled, default severity, default options. */
    public static final RuleConfig DEFAULT = new RuleConfig(true, null, Map.of());

    /** Copies the options. */
    public RuleConfig {
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
    }

    /** @return the configured severity, if overridden */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severityOverride);
    }
}
