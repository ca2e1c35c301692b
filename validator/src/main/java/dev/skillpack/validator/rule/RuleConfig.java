package dev.skillpack.validator.rule;

import java.util.HashMap;
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
    /** Disabled. */
    public static final RuleConfig OFF = new RuleConfig(false, null, Map.of());

    /** Copies the options. */
    public RuleConfig {
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
    }

    /** @return the configured severity, if overridden */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severityOverride);
    }

    /**
     * Lays other settings over these, as a later config entry does over an earlier one.
     *
     * @param later the later settings
     * @return {@code later}'s enabled flag, its severity if set (else this one's), these options updated with its options
     */
    public RuleConfig overlay(RuleConfig later) {
        Map<String, Object> merged = new HashMap<>(options);
        merged.putAll(later.options);
        return new RuleConfig(later.enabled, later.severityOverride != null ? later.severityOverride : severityOverride,
                merged);
    }
}
