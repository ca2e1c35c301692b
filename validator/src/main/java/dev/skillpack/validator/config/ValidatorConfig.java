package dev.skillpack.validator.config;

import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.Target;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings for one validation run, from {@code .skillpack.yaml} and the command line.
 *
 * @param target the client validated for
 * @param tokenizer the tokenizer budgets are counted with
 * @param rules per-rule settings by rule id; rules not listed use their defaults
 * @param overrides per-path settings, applied in order after {@code rules} (a later one wins)
 * @param ignore globs of files and folders whose findings are dropped (and skill folders not checked)
 * @param allowedFrontmatterKeys extra top-level front-matter keys the project accepts besides the spec's
 */
public record ValidatorConfig(Target target, Tokenizer tokenizer, Map<String, RuleConfig> rules,
                              List<PathOverride> overrides, List<String> ignore,
                              List<String> allowedFrontmatterKeys) {

    /** Validates and copies the fields. */
    public ValidatorConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(tokenizer, "tokenizer");
        rules = Map.copyOf(rules);
        overrides = List.copyOf(overrides);
        ignore = List.copyOf(ignore);
        allowedFrontmatterKeys = List.copyOf(allowedFrontmatterKeys);
    }

    /**
     * Settings without per-path overrides, ignores or extra keys.
     *
     * @param target the client
     * @param tokenizer the tokenizer
     * @param rules per-rule settings by rule id
     */
    public ValidatorConfig(Target target, Tokenizer tokenizer, Map<String, RuleConfig> rules) {
        this(target, tokenizer, rules, List.of(), List.of(), List.of());
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

    /**
     * @param newTarget a target
     * @return a copy for that target
     */
    public ValidatorConfig withTarget(Target newTarget) {
        return new ValidatorConfig(newTarget, tokenizer, rules, overrides, ignore, allowedFrontmatterKeys);
    }

    /**
     * @param newTokenizer a tokenizer
     * @return a copy counting with that tokenizer
     */
    public ValidatorConfig withTokenizer(Tokenizer newTokenizer) {
        return new ValidatorConfig(target, newTokenizer, rules, overrides, ignore, allowedFrontmatterKeys);
    }

    /**
     * @param newRules per-rule settings
     * @return a copy with those settings
     */
    public ValidatorConfig withRules(Map<String, RuleConfig> newRules) {
        return new ValidatorConfig(target, tokenizer, newRules, overrides, ignore, allowedFrontmatterKeys);
    }
}
