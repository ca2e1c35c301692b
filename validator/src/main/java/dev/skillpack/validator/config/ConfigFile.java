package dev.skillpack.validator.config;

import dev.skillpack.core.tokens.Tokenizer;
import dev.skillpack.validator.rule.RuleConfig;
import dev.skillpack.validator.rule.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@code .skillpack.yaml} says, checked against the known rules. Settings the file leaves out
 * are absent, so the command line and target inference can fill them. Immutable.
 */
public final class ConfigFile {
    private final Path source;
    private final Target target;
    private final Tokenizer tokenizer;
    private final Map<String, RuleConfig> rules;
    private final List<PathOverride> overrides;
    private final List<String> ignore;
    private final List<String> allowedFrontmatterKeys;
    private ReadingLimits limits = ReadingLimits.defaults();

    ConfigFile(Path source, Target target, Tokenizer tokenizer, Map<String, RuleConfig> rules,
               List<PathOverride> overrides, List<String> ignore, List<String> allowedFrontmatterKeys) {
        this.source = source;
        this.target = target;
        this.tokenizer = tokenizer;
        this.rules = Map.copyOf(rules);
        this.overrides = List.copyOf(overrides);
        this.ignore = List.copyOf(ignore);
        this.allowedFrontmatterKeys = List.copyOf(allowedFrontmatterKeys);
    }

    /** @return a configuration that sets nothing */
    public static ConfigFile empty() {
        return new ConfigFile(null, null, null, Map.of(), List.of(), List.of(), List.of());
    }

    /** @return the file read, if any */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** @return {@code target:}, if set */
    public Optional<Target> target() {
        return Optional.ofNullable(target);
    }

    /** @return {@code tokenizer:}, if set */
    public Optional<Tokenizer> tokenizer() {
        return Optional.ofNullable(tokenizer);
    }

    /** @return {@code rules:} by rule id (categories already expanded) */
    public Map<String, RuleConfig> rules() {
        return rules;
    }

    /** @return {@code overrides:} in file order */
    public List<PathOverride> overrides() {
        return overrides;
    }

    /** @return {@code ignore:} globs */
    public List<String> ignore() {
        return ignore;
    }

    /** @return {@code limits:}, the defaults where the file sets none */
    public ReadingLimits limits() {
        return limits;
    }

    ConfigFile withLimits(ReadingLimits newLimits) {
        ConfigFile copy = new ConfigFile(source, target, tokenizer, rules, overrides, ignore, allowedFrontmatterKeys);
        copy.limits = newLimits;
        return copy;
    }

    /** @return {@code allowed-frontmatter-keys:} */
    public List<String> allowedFrontmatterKeys() {
        return allowedFrontmatterKeys;
    }

    /**
     * @param fallbackTarget the target when the file sets none
     * @return the validator configuration this file describes
     */
    public ValidatorConfig toValidatorConfig(Target fallbackTarget) {
        return new ValidatorConfig(target().orElse(fallbackTarget), tokenizer().orElse(Tokenizer.O200K_BASE), rules,
                overrides, ignore, allowedFrontmatterKeys);
    }
}
