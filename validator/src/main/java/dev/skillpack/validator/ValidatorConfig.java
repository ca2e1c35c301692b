package dev.skillpack.validator;

import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.rule.Target;
import java.util.Map;
import java.util.Objects;

/**
 * Settings for one validation run, from {@code .skillpack.yaml} and the command line.
 *
 * @param target the client validated for
 * @param tokenizer the tokenizer budgets are counted with
 * @param rules per-rule settings by rule id; rules not listed use their defaults
 */
public record ValidatorConfig(Target target, Tokenizer tokenizer, Map<String, RuleConfig> rules) {

    /** Validates and copies the fields. */
    public ValidatorConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(tokenizer, "tokenizer");
        rules = Map.copyOf(rules);
    }

    /** @return the spec target, o200k_base, every rule at its defaults */
    public static ValidatorConfig defaults() {
        return new ValidatorConfig(Target.AGENTSKILLS, Tokenizer.O200K_BASE, Map.of());
    }

    /**
     * @param ruleId a rule id
     * @return that rule's settings, defaults when not configured
     */
    public RuleConfig rule(String ruleId) {
        return rules.getOrDefault(ruleId, RuleConfig.DEFAULT);
    }
}
